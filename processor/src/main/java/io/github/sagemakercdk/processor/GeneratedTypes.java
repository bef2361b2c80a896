package io.github.sagemakercdk.processor;

import com.squareup.javapoet.ClassName;

/**
 * The runtime, CDK and JDK types generated stacks refer to, by name only: the processor never loads them.
 */
final class GeneratedTypes {
  private static final String RUNTIME = "io.github.sagemakercdk";

  static final ClassName MODEL = ClassName.get(RUNTIME, "Model");
  static final ClassName MODEL_PROPS = ClassName.get(RUNTIME, "ModelProps");
  static final ClassName CONTAINER_DEFINITION = ClassName.get(RUNTIME, "ContainerDefinition");
  static final ClassName CONTAINER_IMAGE = ClassName.get(RUNTIME, "ContainerImage");
  static final ClassName FRAMEWORK_IMAGE_OPTIONS = ClassName.get(RUNTIME, "FrameworkImageOptions");
  static final ClassName MODEL_DATA = ClassName.get(RUNTIME, "ModelData");
  static final ClassName CONTAINER_MODE = ClassName.get(RUNTIME, "ContainerMode");
  static final ClassName MODEL_PACKAGE = ClassName.get(RUNTIME, "ModelPackage");
  static final ClassName I_MODEL_PACKAGE = ClassName.get(RUNTIME, "IModelPackage");
  static final ClassName MODEL_PACKAGE_ATTRIBUTES = ClassName.get(RUNTIME, "ModelPackageAttributes");
  static final ClassName S3_DATA_SOURCE_OPTIONS = ClassName.get(RUNTIME, "S3DataSourceOptions");
  static final ClassName MODEL_DATA_COMPRESSION = ClassName.get(RUNTIME, "ModelDataCompression");
  static final ClassName INFERENCE_EXECUTION_MODE = ClassName.get(RUNTIME, "InferenceExecutionMode");
  static final ClassName MODEL_STACK_FACTORY = ClassName.get(RUNTIME, "ModelStackFactory");
  static final ClassName SAGEMAKER_APP = ClassName.get(RUNTIME, "SageMakerApp");
  static final ClassName ENDPOINT_CONFIG = ClassName.get(RUNTIME, "EndpointConfig");
  static final ClassName ENDPOINT_CONFIG_PROPS = ClassName.get(RUNTIME, "EndpointConfigProps");
  static final ClassName INSTANCE_PRODUCTION_VARIANT_PROPS = ClassName.get(RUNTIME, "InstanceProductionVariantProps");
  static final ClassName SERVERLESS_PRODUCTION_VARIANT_PROPS =
      ClassName.get(RUNTIME, "ServerlessProductionVariantProps");
  static final ClassName INSTANCE_TYPE = ClassName.get(RUNTIME, "InstanceType");
  static final ClassName ENDPOINT = ClassName.get(RUNTIME, "Endpoint");
  static final ClassName ENDPOINT_PROPS = ClassName.get(RUNTIME, "EndpointProps");
  static final ClassName INVOCATIONS_SCALING_PROPS = ClassName.get(RUNTIME, "InvocationsScalingProps");
  static final ClassName PINNED_ENVIRONMENT = ClassName.get(RUNTIME, "PinnedEnvironment");
  static final ClassName DATA_CAPTURE_CONFIG = ClassName.get(RUNTIME, "DataCaptureConfig");
  static final ClassName CAPTURE_MODE = ClassName.get(RUNTIME, "CaptureMode");
  static final ClassName ASYNC_INFERENCE_CONFIG = ClassName.get(RUNTIME, "AsyncInferenceConfig");
  static final ClassName S3_PATH = ClassName.get(RUNTIME, "S3Path");
  static final ClassName INFERENCE_RESPONSE_TOPIC = ClassName.get(RUNTIME, "InferenceResponseTopic");
  static final ClassName NOTIFICATION_TOPICS = ClassName.get(RUNTIME, "NotificationTopics");
  static final ClassName BACKLOG_SCALING_PROPS = ClassName.get(RUNTIME, "BacklogScalingProps");
  static final ClassName DEPLOYMENT_CONFIG = ClassName.get(RUNTIME, "DeploymentConfig");
  static final ClassName BLUE_GREEN_UPDATE_POLICY = ClassName.get(RUNTIME, "BlueGreenUpdatePolicy");
  static final ClassName ROLLING_UPDATE_POLICY = ClassName.get(RUNTIME, "RollingUpdatePolicy");
  static final ClassName TRAFFIC_ROUTING_CONFIG = ClassName.get(RUNTIME, "TrafficRoutingConfig");
  static final ClassName CAPACITY_SIZE = ClassName.get(RUNTIME, "CapacitySize");
  static final ClassName MANAGED_INSTANCE_SCALING = ClassName.get(RUNTIME, "ManagedInstanceScaling");
  static final ClassName ROUTING_STRATEGY = ClassName.get(RUNTIME, "RoutingStrategy");
  static final ClassName INFERENCE_AMI_VERSION = ClassName.get(RUNTIME, "InferenceAmiVersion");
  static final ClassName COMPONENT_HOST_VARIANT_PROPS = ClassName.get(RUNTIME, "ComponentHostVariantProps");
  static final ClassName INFERENCE_COMPONENT = ClassName.get(RUNTIME, "InferenceComponent");
  static final ClassName INFERENCE_COMPONENT_PROPS = ClassName.get(RUNTIME, "InferenceComponentProps");
  static final ClassName COMPUTE_RESOURCE_REQUIREMENTS = ClassName.get(RUNTIME, "ComputeResourceRequirements");

  static final ClassName STACK = ClassName.get("software.amazon.awscdk", "Stack");
  static final ClassName DURATION = ClassName.get("software.amazon.awscdk", "Duration");
  static final ClassName ALARM = ClassName.get("software.amazon.awscdk.services.cloudwatch", "Alarm");
  static final ClassName STACK_PROPS = ClassName.get("software.amazon.awscdk", "StackProps");
  static final ClassName REPOSITORY = ClassName.get("software.amazon.awscdk.services.ecr", "Repository");
  static final ClassName REPOSITORY_ATTRIBUTES =
      ClassName.get("software.amazon.awscdk.services.ecr", "RepositoryAttributes");
  static final ClassName BUCKET = ClassName.get("software.amazon.awscdk.services.s3", "Bucket");
  static final ClassName IROLE = ClassName.get("software.amazon.awscdk.services.iam", "IRole");
  static final ClassName ENABLE_SCALING_PROPS =
      ClassName.get("software.amazon.awscdk.services.applicationautoscaling", "EnableScalingProps");
  static final ClassName CONSTRUCT = ClassName.get("software.constructs", "Construct");
  static final ClassName TAGS = ClassName.get("software.amazon.awscdk", "Tags");
  static final ClassName ROLE = ClassName.get("software.amazon.awscdk.services.iam", "Role");
  static final ClassName SERVICE_PRINCIPAL = ClassName.get("software.amazon.awscdk.services.iam", "ServicePrincipal");
  static final ClassName FROM_ROLE_ARN_OPTIONS = ClassName.get("software.amazon.awscdk.services.iam", "FromRoleArnOptions");
  static final ClassName SUBNET = ClassName.get("software.amazon.awscdk.services.ec2", "Subnet");
  static final ClassName SUBNET_SELECTION = ClassName.get("software.amazon.awscdk.services.ec2", "SubnetSelection");
  static final ClassName SECURITY_GROUP = ClassName.get("software.amazon.awscdk.services.ec2", "SecurityGroup");
  static final ClassName KEY = ClassName.get("software.amazon.awscdk.services.kms", "Key");
  static final ClassName I_KEY = ClassName.get("software.amazon.awscdk.services.kms", "IKey");
  static final ClassName TOPIC = ClassName.get("software.amazon.awscdk.services.sns", "Topic");
  static final ClassName I_TOPIC = ClassName.get("software.amazon.awscdk.services.sns", "ITopic");

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");

  /** The service interface file the runtime's {@code SageMakerApp} loads every generated stack from. */
  static final String SERVICE_FILE = "META-INF/services/" + MODEL_STACK_FACTORY.reflectionName();

  private GeneratedTypes() {}
}
