package org.alliancekit.model.relationship;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Whether the two parties of a relationship have agreed an alliance sales process: the joint way
 * they find, qualify, register and close deals together (the sources' "alliance system"), as
 * opposed to each selling its own way.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum SalesProcess {
  /** An alliance sales process is agreed and in use. */
  AGREED,
  /** No alliance sales process is agreed. */
  NONE
}
