package com.acme;

import io.github.sagemakercdk.ContainerDefinition;
import io.github.sagemakercdk.ContainerImage;
import io.github.sagemakercdk.Endpoint;
import io.github.sagemakercdk.EndpointConfig;
import io.github.sagemakercdk.EndpointConfigProps;
import io.github.sagemakercdk.EndpointProps;
import io.github.sagemakercdk.InstanceProductionVariantProps;
import io.github.sagemakercdk.InstanceType;
import io.github.sagemakercdk.Model;
import io.github.sagemakercdk.ModelData;
import io.github.sagemakercdk.ModelProps;
import io.github.sagemakercdk.ModelStackFactory;
import io.github.sagemakercdk.PinnedEnvironment;
import io.github.sagemakercdk.SageMakerApp;
import java.lang.Override;
import java.lang.String;
import java.util.List;
import javax.annotation.processing.Generated;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.Subnet;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.iam.FromRoleArnOptions;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.s3.Bucket;
import software.constructs.Construct;

@Generated(
    value = "io.github.sagemakercdk.processor.SageMakerProcessor",
    comments = "from com.acme.Secured"
)
public class SecuredStack extends Stack {
  public static final String DEFAULT_ID = "SecuredStack";

  private final Model model;

  private final EndpointConfig endpointConfig;

  private final Endpoint endpoint;

  public SecuredStack(Construct scope, String id) {
    this(scope, id, null);
  }

  public SecuredStack(Construct scope, String id, StackProps props) {
    super(scope, id, PinnedEnvironment.apply(id, props, "123456789012", "eu-west-1"));
    Tags.of(this).add("cost-center", "ml-platform");
    Tags.of(this).add("owner", "");
    Tags.of(this).add("formula", "a=b");
    ContainerImage container1Image = ContainerImage.fromDlc("pytorch-inference", "2.1.0-cpu-py310");
    ModelData container1ModelData = ModelData.fromBucket(
        Bucket.fromBucketName(this, "Container1ModelDataBucket", "acme-models"), "secured/model.tar.gz",
        Key.fromKeyArn(this, "Container1ModelDataKey", "arn:aws:kms:eu-west-1:123456789012:alias/models"));
    this.model = new Model(this, "Model", ModelProps.builder()
        .containers(List.of(
            ContainerDefinition.builder()
                .image(container1Image)
                .modelData(container1ModelData)
                .build()))
        .modelName("secured")
        .role(Role.fromRoleArn(this, "Role", "arn:aws:iam::123456789012:role/service/sagemaker-secured",
            FromRoleArnOptions.builder().mutable(false).build()))
        .vpcSubnets(SubnetSelection.builder()
            .subnets(List.of(
                Subnet.fromSubnetId(this, "Subnet1", "subnet-0123456789abcdef0"),
                Subnet.fromSubnetId(this, "Subnet2", "subnet-89abcdef")))
            .build())
        .securityGroups(List.of(
            SecurityGroup.fromSecurityGroupId(this, "SecurityGroup1", "sg-0123456789abcdef0")))
        .build());
    this.endpointConfig = new EndpointConfig(this, "EndpointConfig", EndpointConfigProps.builder()
        .instanceProductionVariants(List.of(
            InstanceProductionVariantProps.builder()
                .variantName("AllTraffic")
                .model(model)
                .instanceType(InstanceType.of("ml.c5.xlarge"))
                .initialInstanceCount(1)
                .build()))
        .encryptionKey(Key.fromKeyArn(this, "EndpointKey", "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"))
        .build());
    this.endpoint = new Endpoint(this, "Endpoint", EndpointProps.builder()
        .endpointConfig(endpointConfig)
        .build());
  }

  public Model getModel() {
    return model;
  }

  public IRole getRole() {
    return model.getRole();
  }

  public EndpointConfig getEndpointConfig() {
    return endpointConfig;
  }

  public Endpoint getEndpoint() {
    return endpoint;
  }

  public static void main(String[] args) {
    SageMakerApp.synthesize(new Factory());
  }

  public static final class Factory implements ModelStackFactory {
    @Override
    public String stackId() {
      return DEFAULT_ID;
    }

    @Override
    public Stack create(Construct scope, String id) {
      return new SecuredStack(scope, id);
    }
  }
}
