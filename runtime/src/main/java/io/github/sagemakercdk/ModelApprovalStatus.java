package io.github.sagemakercdk;

/** A model package's approval status in the Model Registry (CloudFormation's {@code ModelApprovalStatus}). */
public enum ModelApprovalStatus {
  APPROVED("Approved"),
  REJECTED("Rejected"),
  PENDING_MANUAL_APPROVAL("PendingManualApproval");

  private final String value;

  ModelApprovalStatus(String value) {
    this.value = value;
  }

  /** The value CloudFormation takes. */
  @Override
  public String toString() {
    return value;
  }
}
