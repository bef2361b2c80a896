package io.github.sagemakercdk;

import software.amazon.awscdk.IResource;
import software.amazon.awscdk.services.ec2.IConnectable;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;

/** A SageMaker model, defined in this app ({@link Model}) or imported ({@link Model#fromModelArn}). */
public interface IModel extends IResource, IGrantable, IConnectable {
  /** The ARN of the model. */
  String getModelArn();

  /** The name of the model. */
  String getModelName();

  /** The execution role SageMaker assumes for the model, or null for an imported model whose role is unknown. */
  IRole getRole();

  /** Adds a statement to the policy of the model's execution role. */
  void addToRolePolicy(PolicyStatement statement);
}
