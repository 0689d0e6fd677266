/**
 * Salesforce records in and out: {@link org.alliancekit.io.salesforce.SalesforceImport} reads Data
 * Loader CSV exports of accounts, opportunities with their partners and stage history, leads,
 * campaigns and campaign members into a {@link org.alliancekit.io.PortfolioData}; {@link
 * org.alliancekit.io.salesforce.SalesforceMapping} holds the picklist mappings, which stage map and
 * role map files extend; {@link org.alliancekit.io.salesforce.SalesforceExport} writes the records
 * back as Data Loader CSV files.
 */
package org.alliancekit.io.salesforce;
