/**
 * Microsoft Partner Center referrals: referrals read from the Referrals API's documents (one
 * referral, an array of them or a list response {@code {"value": [...]}}) into leads and
 * opportunities ({@link org.alliancekit.io.partnercenter.PartnerCenterImport}), and referral
 * creation documents written from our leads ({@link
 * org.alliancekit.io.partnercenter.PartnerCenterExport}).
 */
package org.alliancekit.io.partnercenter;
