package io.github.sagemakercdk.rules;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SageMaker's numeric limits and patterns, as the SageMaker, ECR and S3 API references state them.
 *
 * <p>Constants, so that annotations and generated code can use them too; the checks that apply them live in
 * {@link ModelRules}, {@link EndpointRules}, {@link EcrRules} and {@link S3Rules}.
 */
public final class Limits {
  /** CreateModel: {@code Containers} holds at most 15 items. */
  public static final int MAX_CONTAINERS = 15;
  /**
   * Model names and container hostnames share one pattern and length, and so do the names of endpoints, endpoint
   * configs and production variants.
   */
  public static final String NAME_PATTERN = "^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$";
  public static final int NAME_MAX_LENGTH = 63;
  /** ContainerDefinition.Environment: at most 100 entries. */
  public static final int MAX_ENVIRONMENT_ENTRIES = 100;
  public static final String ENVIRONMENT_KEY_PATTERN = "^[a-zA-Z_][a-zA-Z0-9_]*$";
  public static final int MAX_ENVIRONMENT_KEY_BYTES = 1024;
  public static final int MAX_ENVIRONMENT_VALUE_BYTES = 1024;
  /** All keys and values of all containers of one CreateModel request together. */
  public static final int MAX_ENVIRONMENT_TOTAL_BYTES = 32 * 1024;
  /** ContainerDefinition.Image: at most 255 characters, no white space. */
  public static final int MAX_IMAGE_URI_LENGTH = 255;
  /** ContainerDefinition.ModelDataUrl: at most 1024 characters, s3:// or https://. */
  public static final int MAX_MODEL_DATA_URL_LENGTH = 1024;
  /** ContainerDefinition.ModelPackageName (API_ContainerDefinition). */
  public static final int MAX_MODEL_PACKAGE_NAME_LENGTH = 176;
  public static final String MODEL_DATA_ARCHIVE_SUFFIX = ".tar.gz";
  /** VpcConfig: 1 to 16 subnets, 1 to 5 security groups. */
  public static final int MAX_VPC_SUBNETS = 16;
  public static final int MAX_VPC_SECURITY_GROUPS = 5;
  /** ECR: repository names of 2 to 256 characters, tags of at most 128. */
  public static final int MIN_ECR_REPOSITORY_NAME_LENGTH = 2;
  public static final int MAX_ECR_REPOSITORY_NAME_LENGTH = 256;
  public static final String ECR_REPOSITORY_NAME_PATTERN =
      "^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$";
  public static final int MAX_ECR_TAG_LENGTH = 128;
  public static final String ECR_TAG_PATTERN = "^[a-zA-Z0-9_][a-zA-Z0-9_.-]{0,127}$";
  public static final String ECR_DIGEST_PATTERN = "^sha256:[a-f0-9]{64}$";
  /** ECR: a registry is named by the 12-digit ID of the account that owns it. */
  public static final String ECR_REGISTRY_ID_PATTERN = "^[0-9]{12}$";
  /** The build file Docker looks for in an image asset directory unless told otherwise. */
  public static final String DEFAULT_DOCKERFILE = "Dockerfile";
  /** S3: bucket names of 3 to 63 characters, object keys of 1 to 1024 UTF-8 bytes. */
  public static final int MIN_S3_BUCKET_NAME_LENGTH = 3;
  public static final int MAX_S3_BUCKET_NAME_LENGTH = 63;
  public static final int MAX_S3_OBJECT_KEY_BYTES = 1024;

  /** CreateEndpointConfig: {@code ProductionVariants} holds 1 to 10 items. */
  public static final int MAX_INSTANCE_PRODUCTION_VARIANTS = 10;
  /** One serverless variant per endpoint config, as the official CDK library allows. */
  public static final int MAX_SERVERLESS_PRODUCTION_VARIANTS = 1;
  /** ProductionVariant.InitialInstanceCount: at least 1. */
  public static final int MIN_INITIAL_INSTANCE_COUNT = 1;
  /** ProductionVariant.InitialVariantWeight: at least 0; traffic is split in proportion to the weights. */
  public static final double MIN_INITIAL_VARIANT_WEIGHT = 0;
  /** ProductionVariantServerlessConfig.MemorySizeInMB: 1024 to 6144, in steps of 1024. */
  public static final int MIN_SERVERLESS_MEMORY_SIZE_MB = 1024;
  public static final int MAX_SERVERLESS_MEMORY_SIZE_MB = 6144;
  public static final int SERVERLESS_MEMORY_SIZE_STEP_MB = 1024;
  /** ProductionVariantServerlessConfig.MaxConcurrency: 1 to 200. */
  public static final int MIN_SERVERLESS_MAX_CONCURRENCY = 1;
  public static final int MAX_SERVERLESS_MAX_CONCURRENCY = 200;
  /** ProductionVariantServerlessConfig.ProvisionedConcurrency: 1 to 200, and at most MaxConcurrency. */
  public static final int MIN_SERVERLESS_PROVISIONED_CONCURRENCY = 1;
  public static final int MAX_SERVERLESS_PROVISIONED_CONCURRENCY = 200;
  /** SageMaker ML instance types all start so. */
  public static final String INSTANCE_TYPE_PREFIX = "ml.";
  /**
   * Burstable instance types (ml.t2.*, ml.t3.*, ...), which SageMaker does not auto scale; ml.trn* are not
   * burstable.
   */
  public static final String BURSTABLE_INSTANCE_TYPE_PATTERN = "^ml\\.t[0-9]+[a-z]*\\..+$";
  /**
   * Instance families with GPUs or AWS accelerators (Inferentia, Trainium, Gaudi): ml.p*, ml.g* (not Graviton's
   * ml.c6g and the like, whose g follows the generation), ml.inf*, ml.trn*, ml.dl*.
   */
  public static final String ACCELERATED_INSTANCE_TYPE_PATTERN = "^ml\\.(p|g|inf|trn|dl)[0-9].*$";
  /** AWS Inferentia's first generation, which several hosting options exclude. */
  public static final String INF1_INSTANCE_TYPE_PATTERN = "^ml\\.inf1\\..+$";
  /**
   * The GPU instance types that host multi-model endpoints (with Triton); every CPU type does as well. Source:
   * https://docs.aws.amazon.com/sagemaker/latest/dg/multi-model-support.html#multi-model-support-gpu
   */
  public static final List<String> MULTI_MODEL_GPU_INSTANCE_TYPES = List.of(
      "ml.g4dn.16xlarge", "ml.g4dn.2xlarge", "ml.g4dn.4xlarge", "ml.g4dn.8xlarge", "ml.g4dn.xlarge",
      "ml.g5.16xlarge", "ml.g5.2xlarge", "ml.g5.4xlarge", "ml.g5.8xlarge", "ml.g5.xlarge",
      "ml.p2.xlarge", "ml.p3.2xlarge");
  /** ContainerDefinition.Mode of a multi-model container, and the S3 prefix form of its model data. */
  public static final String MULTI_MODEL_MODE = "MultiModel";
  public static final String S3_PREFIX_SUFFIX = "/";
  /** InferenceExecutionConfig.Mode: each container invoked on its own, by hostname. */
  public static final String DIRECT_INVOCATION_MODE = "Direct";
  /** Direct invocation: CreateModel's Containers, more than one. */
  public static final int MIN_DIRECT_CONTAINERS = 2;
  /** Auto scaling: SageMaker keeps at least 1 instance per variant. */
  public static final int MIN_AUTO_SCALING_CAPACITY = 1;
  /** scaleOnInvocations: the share of the measured maximum load an instance is kept at, in (0, 1]. */
  public static final double DEFAULT_SAFETY_FACTOR = 0.5;
  /** Invocations per instance are counted per minute; a load test measures requests per second. */
  public static final int SECONDS_PER_MINUTE = 60;
  /** ProductionVariant.AcceleratorType (Elastic Inference), sorted. */
  public static final List<String> ACCELERATOR_TYPES = List.of(
      "ml.eia1.large", "ml.eia1.medium", "ml.eia1.xlarge", "ml.eia2.large", "ml.eia2.medium", "ml.eia2.xlarge");
  /**
   * ProductionVariant.InstanceType: SageMaker's ProductionVariantInstanceType values (API model of 2026-08),
   * sorted.
   */
  public static final List<String> PRODUCTION_VARIANT_INSTANCE_TYPES = List.of(
      "ml.c4.2xlarge", "ml.c4.4xlarge", "ml.c4.8xlarge", "ml.c4.large", "ml.c4.xlarge", "ml.c5.18xlarge",
      "ml.c5.2xlarge", "ml.c5.4xlarge", "ml.c5.9xlarge", "ml.c5.large", "ml.c5.xlarge", "ml.c5d.18xlarge",
      "ml.c5d.2xlarge", "ml.c5d.4xlarge", "ml.c5d.9xlarge", "ml.c5d.large", "ml.c5d.xlarge", "ml.c6g.12xlarge",
      "ml.c6g.16xlarge", "ml.c6g.2xlarge", "ml.c6g.4xlarge", "ml.c6g.8xlarge", "ml.c6g.large", "ml.c6g.xlarge",
      "ml.c6gd.12xlarge", "ml.c6gd.16xlarge", "ml.c6gd.2xlarge", "ml.c6gd.4xlarge", "ml.c6gd.8xlarge",
      "ml.c6gd.large", "ml.c6gd.xlarge", "ml.c6gn.12xlarge", "ml.c6gn.16xlarge", "ml.c6gn.2xlarge",
      "ml.c6gn.4xlarge", "ml.c6gn.8xlarge", "ml.c6gn.large", "ml.c6gn.xlarge", "ml.c6i.12xlarge", "ml.c6i.16xlarge",
      "ml.c6i.24xlarge", "ml.c6i.2xlarge", "ml.c6i.32xlarge", "ml.c6i.4xlarge", "ml.c6i.8xlarge", "ml.c6i.large",
      "ml.c6i.xlarge", "ml.c6in.12xlarge", "ml.c6in.16xlarge", "ml.c6in.24xlarge", "ml.c6in.2xlarge",
      "ml.c6in.32xlarge", "ml.c6in.4xlarge", "ml.c6in.8xlarge", "ml.c6in.large", "ml.c6in.xlarge", "ml.c7g.12xlarge",
      "ml.c7g.16xlarge", "ml.c7g.2xlarge", "ml.c7g.4xlarge", "ml.c7g.8xlarge", "ml.c7g.large", "ml.c7g.xlarge",
      "ml.c7i.12xlarge", "ml.c7i.16xlarge", "ml.c7i.24xlarge", "ml.c7i.2xlarge", "ml.c7i.48xlarge", "ml.c7i.4xlarge",
      "ml.c7i.8xlarge", "ml.c7i.large", "ml.c7i.xlarge", "ml.c8g.12xlarge", "ml.c8g.16xlarge", "ml.c8g.24xlarge",
      "ml.c8g.2xlarge", "ml.c8g.48xlarge", "ml.c8g.4xlarge", "ml.c8g.8xlarge", "ml.c8g.large", "ml.c8g.medium",
      "ml.c8g.xlarge", "ml.dl1.24xlarge", "ml.g4dn.12xlarge", "ml.g4dn.16xlarge", "ml.g4dn.2xlarge",
      "ml.g4dn.4xlarge", "ml.g4dn.8xlarge", "ml.g4dn.xlarge", "ml.g5.12xlarge", "ml.g5.16xlarge", "ml.g5.24xlarge",
      "ml.g5.2xlarge", "ml.g5.48xlarge", "ml.g5.4xlarge", "ml.g5.8xlarge", "ml.g5.xlarge", "ml.g6.12xlarge",
      "ml.g6.16xlarge", "ml.g6.24xlarge", "ml.g6.2xlarge", "ml.g6.48xlarge", "ml.g6.4xlarge", "ml.g6.8xlarge",
      "ml.g6.xlarge", "ml.g6e.12xlarge", "ml.g6e.16xlarge", "ml.g6e.24xlarge", "ml.g6e.2xlarge", "ml.g6e.48xlarge",
      "ml.g6e.4xlarge", "ml.g6e.8xlarge", "ml.g6e.xlarge", "ml.g7.12xlarge", "ml.g7.24xlarge", "ml.g7.2xlarge",
      "ml.g7.48xlarge", "ml.g7.4xlarge", "ml.g7.8xlarge", "ml.g7e.12xlarge", "ml.g7e.24xlarge", "ml.g7e.2xlarge",
      "ml.g7e.48xlarge", "ml.g7e.4xlarge", "ml.g7e.8xlarge", "ml.inf1.24xlarge", "ml.inf1.2xlarge",
      "ml.inf1.6xlarge", "ml.inf1.xlarge", "ml.inf2.24xlarge", "ml.inf2.48xlarge", "ml.inf2.8xlarge",
      "ml.inf2.xlarge", "ml.m4.10xlarge", "ml.m4.16xlarge", "ml.m4.2xlarge", "ml.m4.4xlarge", "ml.m4.xlarge",
      "ml.m5.12xlarge", "ml.m5.24xlarge", "ml.m5.2xlarge", "ml.m5.4xlarge", "ml.m5.large", "ml.m5.xlarge",
      "ml.m5d.12xlarge", "ml.m5d.24xlarge", "ml.m5d.2xlarge", "ml.m5d.4xlarge", "ml.m5d.large", "ml.m5d.xlarge",
      "ml.m6g.12xlarge", "ml.m6g.16xlarge", "ml.m6g.2xlarge", "ml.m6g.4xlarge", "ml.m6g.8xlarge", "ml.m6g.large",
      "ml.m6g.xlarge", "ml.m6gd.12xlarge", "ml.m6gd.16xlarge", "ml.m6gd.2xlarge", "ml.m6gd.4xlarge",
      "ml.m6gd.8xlarge", "ml.m6gd.large", "ml.m6gd.xlarge", "ml.m6i.12xlarge", "ml.m6i.16xlarge", "ml.m6i.24xlarge",
      "ml.m6i.2xlarge", "ml.m6i.32xlarge", "ml.m6i.4xlarge", "ml.m6i.8xlarge", "ml.m6i.large", "ml.m6i.xlarge",
      "ml.m7i.12xlarge", "ml.m7i.16xlarge", "ml.m7i.24xlarge", "ml.m7i.2xlarge", "ml.m7i.48xlarge", "ml.m7i.4xlarge",
      "ml.m7i.8xlarge", "ml.m7i.large", "ml.m7i.xlarge", "ml.m8g.12xlarge", "ml.m8g.16xlarge", "ml.m8g.24xlarge",
      "ml.m8g.2xlarge", "ml.m8g.48xlarge", "ml.m8g.4xlarge", "ml.m8g.8xlarge", "ml.m8g.large", "ml.m8g.medium",
      "ml.m8g.xlarge", "ml.p2.16xlarge", "ml.p2.8xlarge", "ml.p2.xlarge", "ml.p3.16xlarge", "ml.p3.2xlarge",
      "ml.p3.8xlarge", "ml.p4d.24xlarge", "ml.p4de.24xlarge", "ml.p5.48xlarge", "ml.p5.4xlarge", "ml.p5e.48xlarge",
      "ml.p5en.48xlarge", "ml.p6-b200.48xlarge", "ml.p6-b300.48xlarge", "ml.p6e-gb200.36xlarge", "ml.r5.12xlarge",
      "ml.r5.24xlarge", "ml.r5.2xlarge", "ml.r5.4xlarge", "ml.r5.large", "ml.r5.xlarge", "ml.r5d.12xlarge",
      "ml.r5d.24xlarge", "ml.r5d.2xlarge", "ml.r5d.4xlarge", "ml.r5d.large", "ml.r5d.xlarge", "ml.r6g.12xlarge",
      "ml.r6g.16xlarge", "ml.r6g.2xlarge", "ml.r6g.4xlarge", "ml.r6g.8xlarge", "ml.r6g.large", "ml.r6g.xlarge",
      "ml.r6gd.12xlarge", "ml.r6gd.16xlarge", "ml.r6gd.2xlarge", "ml.r6gd.4xlarge", "ml.r6gd.8xlarge",
      "ml.r6gd.large", "ml.r6gd.xlarge", "ml.r6i.12xlarge", "ml.r6i.16xlarge", "ml.r6i.24xlarge", "ml.r6i.2xlarge",
      "ml.r6i.32xlarge", "ml.r6i.4xlarge", "ml.r6i.8xlarge", "ml.r6i.large", "ml.r6i.xlarge", "ml.r7gd.12xlarge",
      "ml.r7gd.16xlarge", "ml.r7gd.2xlarge", "ml.r7gd.4xlarge", "ml.r7gd.8xlarge", "ml.r7gd.large", "ml.r7gd.medium",
      "ml.r7gd.xlarge", "ml.r7i.12xlarge", "ml.r7i.16xlarge", "ml.r7i.24xlarge", "ml.r7i.2xlarge", "ml.r7i.48xlarge",
      "ml.r7i.4xlarge", "ml.r7i.8xlarge", "ml.r7i.large", "ml.r7i.xlarge", "ml.r8g.12xlarge", "ml.r8g.16xlarge",
      "ml.r8g.24xlarge", "ml.r8g.2xlarge", "ml.r8g.48xlarge", "ml.r8g.4xlarge", "ml.r8g.8xlarge", "ml.r8g.large",
      "ml.r8g.medium", "ml.r8g.xlarge", "ml.t2.2xlarge", "ml.t2.large", "ml.t2.medium", "ml.t2.xlarge",
      "ml.trn1.2xlarge", "ml.trn1.32xlarge", "ml.trn1n.32xlarge", "ml.trn2.48xlarge");

  /**
   * The NVIDIA GPUs of each GPU instance type SageMaker hosts on, as EC2 lists them ("Accelerated computing instance
   * specifications", https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html; an ml. type is the EC2 type of
   * the same name). An inference component's NumberOfAcceleratorDevicesRequired must fit in them. Types not listed
   * here (Inferentia, Trainium, Gaudi, and GPU families newer than this table) are not checked. Sorted by type.
   */
  public static final Map<String, Integer> GPUS_BY_INSTANCE_TYPE = gpus(
      "ml.g4dn.12xlarge", 4, "ml.g4dn.16xlarge", 1, "ml.g4dn.2xlarge", 1, "ml.g4dn.4xlarge", 1, "ml.g4dn.8xlarge", 1,
      "ml.g4dn.xlarge", 1,
      "ml.g5.12xlarge", 4, "ml.g5.16xlarge", 1, "ml.g5.24xlarge", 4, "ml.g5.2xlarge", 1, "ml.g5.48xlarge", 8,
      "ml.g5.4xlarge", 1, "ml.g5.8xlarge", 1, "ml.g5.xlarge", 1,
      "ml.g6.12xlarge", 4, "ml.g6.16xlarge", 1, "ml.g6.24xlarge", 4, "ml.g6.2xlarge", 1, "ml.g6.48xlarge", 8,
      "ml.g6.4xlarge", 1, "ml.g6.8xlarge", 1, "ml.g6.xlarge", 1,
      "ml.g6e.12xlarge", 4, "ml.g6e.16xlarge", 1, "ml.g6e.24xlarge", 4, "ml.g6e.2xlarge", 1, "ml.g6e.48xlarge", 8,
      "ml.g6e.4xlarge", 1, "ml.g6e.8xlarge", 1, "ml.g6e.xlarge", 1,
      "ml.p2.16xlarge", 16, "ml.p2.8xlarge", 8, "ml.p2.xlarge", 1,
      "ml.p3.16xlarge", 8, "ml.p3.2xlarge", 1, "ml.p3.8xlarge", 4,
      "ml.p4d.24xlarge", 8, "ml.p4de.24xlarge", 8,
      "ml.p5.48xlarge", 8, "ml.p5.4xlarge", 1, "ml.p5e.48xlarge", 8, "ml.p5en.48xlarge", 8);

  /**
   * Inference components (SageMaker API reference, CreateInferenceComponent and its types,
   * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateInferenceComponent.html): the name is 1 to 63
   * letters, digits and inner hyphens; ComputeResourceRequirements.MinMemoryRequiredInMb (required) and
   * MaxMemoryRequiredInMb at least 128, NumberOfCpuCoresRequired at least 0.25, NumberOfAcceleratorDevicesRequired at
   * least 1; RuntimeConfig.CopyCount at least 0 (a component may scale to no copy).
   */
  public static final String INFERENCE_COMPONENT_NAME_PATTERN = "^[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?$";
  public static final int MIN_INFERENCE_COMPONENT_MEMORY_MB = 128;
  public static final double MIN_INFERENCE_COMPONENT_CPU_CORES = 0.25;
  public static final int MIN_INFERENCE_COMPONENT_ACCELERATOR_DEVICES = 1;
  public static final int MIN_INFERENCE_COMPONENT_COPY_COUNT = 0;
  /** Application Auto Scaling of a component's copies (dimension sagemaker:inference-component:DesiredCopyCount). */
  public static final String COPY_COUNT_SCALABLE_DIMENSION = "sagemaker:inference-component:DesiredCopyCount";

  /**
   * CreateModel ExecutionRoleArn: 20 to 2048 characters (SageMaker API reference); IAM (IAM User Guide, "IAM and
   * AWS STS quotas" and the Role data type): a role name is 1 to 64 characters of letters, digits and
   * {@code + = , . @ _ -}, a path is {@code /} or {@code /<text>/} of at most 512 printable ASCII characters.
   */
  public static final int MIN_ROLE_ARN_LENGTH = 20;
  public static final int MAX_ROLE_ARN_LENGTH = 2048;
  public static final String ROLE_NAME_PATTERN = "^[\\w+=,.@-]{1,64}$";
  public static final int MAX_ROLE_NAME_LENGTH = 64;
  public static final String ROLE_PATH_PATTERN = "^/(?:[\\x21-\\x7E]+/)?$";
  public static final int MAX_ROLE_PATH_LENGTH = 512;
  /** An AWS account ID: 12 digits. */
  public static final String ACCOUNT_ID_PATTERN = "^[0-9]{12}$";
  /** A region code such as eu-west-1, us-gov-west-1 or cn-north-1 (partition prefix, area, number). */
  public static final String REGION_PATTERN = "^[a-z]{2}(?:-(?:gov|iso[a-z]?))?-[a-z]+-[0-9]{1,2}$";
  /**
   * VpcConfig (SageMaker API reference: 1 to 16 subnets, 1 to 5 security groups, each [-0-9a-zA-Z]+ of at most 32
   * characters), as EC2 forms the IDs: {@code subnet-} or {@code sg-} and 8 (older) or 17 lowercase hex digits.
   */
  public static final String SUBNET_ID_PATTERN = "^subnet-(?:[0-9a-f]{8}|[0-9a-f]{17})$";
  public static final String SECURITY_GROUP_ID_PATTERN = "^sg-(?:[0-9a-f]{8}|[0-9a-f]{17})$";
  /**
   * SageMaker's Tag (API reference; AWS::SageMaker::* Tag in CloudFormation): at most 50 per resource, keys of 1 to
   * 128 and values of 0 to 256 characters of {@code [\p{L}\p{Z}\p{N}_.:/=+\-@]}, unique keys; keys starting with
   * {@code aws:} (any case) are reserved for AWS ("Tagging AWS resources").
   */
  public static final int MAX_TAGS = 50;
  public static final int MAX_TAG_KEY_LENGTH = 128;
  public static final int MAX_TAG_VALUE_LENGTH = 256;
  public static final String TAG_PATTERN = "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$";
  public static final String RESERVED_TAG_PREFIX = "aws:";
  /**
   * A KMS key ARN ({@code key/} and a 36-character key ID, multi-Region {@code mrk-} keys included) or alias ARN
   * ({@code alias/} and 1 to 250 characters of letters, digits, {@code / _ -}), as CreateEndpointConfig's KmsKeyId
   * (at most 2048 characters) and the KMS API reference (CreateAlias AliasName: 1 to 256 characters with the
   * {@code alias/} prefix) give them.
   */
  public static final String KMS_KEY_ARN_PATTERN =
      "^arn:([a-z-]+):kms:([a-z0-9-]+):([0-9]{12}):(key/[a-zA-Z0-9-]{36}|alias/[a-zA-Z0-9/_-]{1,250})$";
  public static final int MAX_KMS_KEY_ID_LENGTH = 2048;
  /**
   * Instance families with local NVMe instance storage, which SageMaker encrypts with a hardware module: with them
   * CreateEndpointConfig fails when a KmsKeyId is given (SageMaker API reference, CreateEndpointConfig KmsKeyId;
   * the families from the EC2 instance store volume table). Sorted.
   */
  public static final List<String> LOCAL_STORAGE_INSTANCE_FAMILIES = List.of(
      "ml.c5d", "ml.c6gd", "ml.dl1", "ml.g4dn", "ml.g5", "ml.g6", "ml.g6e", "ml.m5d", "ml.m6gd", "ml.p4d",
      "ml.p4de", "ml.p5", "ml.p5e", "ml.p5en", "ml.r5d", "ml.r6gd", "ml.r7gd", "ml.trn1", "ml.trn1n", "ml.trn2");

  /**
   * DataCaptureConfig (SageMaker API reference, DataCaptureConfig; CloudFormation AWS::SageMaker::EndpointConfig
   * DataCaptureConfig): DestinationS3Uri of at most 512 characters matching (https|s3)://([^/])/?(.*) (this library
   * takes the s3:// form, whose bucket it grants on); InitialSamplingPercentage 0 to 100.
   */
  public static final int MAX_DATA_CAPTURE_DESTINATION_LENGTH = 512;
  public static final int MIN_DATA_CAPTURE_SAMPLING_PERCENTAGE = 0;
  public static final int MAX_DATA_CAPTURE_SAMPLING_PERCENTAGE = 100;
  /**
   * CaptureContentTypeHeader (SageMaker API reference): CsvContentTypes and JsonContentTypes each hold 1 to 10
   * content types of 1 to 256 characters matching this pattern.
   */
  public static final int MAX_DATA_CAPTURE_CONTENT_TYPES = 10;
  public static final int MAX_DATA_CAPTURE_CONTENT_TYPE_LENGTH = 256;
  public static final String DATA_CAPTURE_CONTENT_TYPE_PATTERN =
      "^[a-zA-Z0-9](-*[a-zA-Z0-9])*/[a-zA-Z0-9](-*[a-zA-Z0-9.])*$";

  /**
   * CreateEndpointConfig ShadowProductionVariants (SageMaker API reference): with a shadow variant, one variant in
   * ProductionVariants and one in ShadowProductionVariants ("Create a shadow test": at most one shadow variant per
   * endpoint).
   */
  public static final int MAX_SHADOW_PRODUCTION_VARIANTS = 1;
  /**
   * AsyncInferenceOutputConfig.S3OutputPath and S3FailurePath: at most 512 characters of pattern
   * {@code (https|s3)://([^/])/?(.*)} (SageMaker API reference, AsyncInferenceOutputConfig; CloudFormation
   * AWS::SageMaker::EndpointConfig AsyncInferenceOutputConfig). This library takes the s3:// form only, as the
   * model's role is granted s3:PutObject under the path.
   */
  public static final int MAX_ASYNC_S3_PATH_LENGTH = 512;
  public static final String ASYNC_S3_PATH_PATTERN = "^s3://([^/]+)/?(.*)$";
  /** AsyncInferenceClientConfig.MaxConcurrentInvocationsPerInstance: 1 to 1000 (SageMaker API reference). */
  public static final int MIN_ASYNC_MAX_CONCURRENT_INVOCATIONS = 1;
  public static final int MAX_ASYNC_MAX_CONCURRENT_INVOCATIONS = 1000;
  /**
   * AsyncInferenceNotificationConfig.SuccessTopic and ErrorTopic: at most 2048 characters of pattern
   * {@code arn:aws[a-z\-]*:sns:[a-z0-9\-]*:[0-9]{12}:[a-zA-Z0-9_.-]+} (SageMaker API reference,
   * AsyncInferenceNotificationConfig).
   */
  public static final String ASYNC_TOPIC_ARN_PATTERN =
      "^arn:aws[a-z\\-]*:sns:[a-z0-9\\-]*:[0-9]{12}:[a-zA-Z0-9_.-]+$";
  public static final int MAX_ASYNC_TOPIC_ARN_LENGTH = 2048;
  /**
   * AsyncInferenceNotificationConfig.IncludeInferenceResponseIn: 0 to 2 of these values (SageMaker API reference),
   * each naming the topic whose notifications carry the response (responses of at most 128 KB).
   */
  public static final String SUCCESS_NOTIFICATION_TOPIC = "SUCCESS_NOTIFICATION_TOPIC";
  public static final String ERROR_NOTIFICATION_TOPIC = "ERROR_NOTIFICATION_TOPIC";
  /**
   * Asynchronous endpoints scale down to 0 instances, unlike every other hosting option (SageMaker Developer Guide,
   * "Autoscale an asynchronous endpoint").
   */
  public static final int MIN_ASYNC_AUTO_SCALING_CAPACITY = 0;
  /**
   * The backlog metrics of an asynchronous endpoint, namespace AWS/SageMaker, dimension EndpointName (SageMaker
   * Developer Guide, "Monitoring asynchronous endpoints" and "Autoscale an asynchronous endpoint").
   */
  public static final String BACKLOG_PER_INSTANCE_METRIC = "ApproximateBacklogSizePerInstance";
  public static final String BACKLOG_WITHOUT_CAPACITY_METRIC = "HasBacklogWithoutCapacity";

  /**
   * Guarded deployments (SageMaker API reference): TrafficRoutingConfig.WaitIntervalInSeconds,
   * RollingUpdatePolicy.WaitIntervalInSeconds and BlueGreenUpdatePolicy.TerminationWaitInSeconds are 0 to 3600;
   * MaximumExecutionTimeoutInSeconds of either policy is 600 to 28800, and larger than the termination wait and the
   * wait interval together (BlueGreenUpdatePolicy).
   */
  public static final int MIN_DEPLOYMENT_WAIT_SECONDS = 0;
  public static final int MAX_DEPLOYMENT_WAIT_SECONDS = 3600;
  public static final int MIN_DEPLOYMENT_EXECUTION_TIMEOUT_SECONDS = 600;
  public static final int MAX_DEPLOYMENT_EXECUTION_TIMEOUT_SECONDS = 28800;
  /** TrafficRoutingConfig.Type. */
  public static final String ALL_AT_ONCE = "ALL_AT_ONCE";
  public static final String CANARY = "CANARY";
  public static final String LINEAR = "LINEAR";
  /** CapacitySize: Type INSTANCE_COUNT or CAPACITY_PERCENT, Value at least 1 (a percentage: at most 100). */
  public static final String INSTANCE_COUNT = "INSTANCE_COUNT";
  public static final String CAPACITY_PERCENT = "CAPACITY_PERCENT";
  public static final int MIN_CAPACITY_SIZE = 1;
  public static final int MAX_CAPACITY_PERCENT = 100;
  /**
   * Shares of the variant's instances (SageMaker API reference): TrafficRoutingConfig.CanarySize at most 50%,
   * LinearStepSize 10% to 50%, RollingUpdatePolicy.MaximumBatchSize 5% to 50%.
   */
  public static final int MIN_CANARY_PERCENT = 0;
  public static final int MAX_CANARY_PERCENT = 50;
  public static final int MIN_LINEAR_STEP_PERCENT = 10;
  public static final int MAX_LINEAR_STEP_PERCENT = 50;
  public static final int MIN_ROLLING_BATCH_PERCENT = 5;
  public static final int MAX_ROLLING_BATCH_PERCENT = 50;
  /** AutoRollbackConfig.Alarms: 1 to 10; Alarm.AlarmName: 1 to 255 characters, pattern {@code (?!\\s*$).+}. */
  public static final int MAX_ROLLBACK_ALARMS = 10;
  public static final int MAX_ALARM_NAME_LENGTH = 255;

  /**
   * ProductionVariant.VolumeSizeInGB: 1 to 512, the GB of the EBS gp2 volume attached to each instance (SageMaker
   * API reference, https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProductionVariant.html). Instance
   * types with local NVMe storage ({@link #LOCAL_STORAGE_INSTANCE_FAMILIES}) get no EBS volume, so they take no size
   * ("an instance without a local disk": https://docs.aws.amazon.com/sagemaker/latest/dg/large-model-inference-hosting.html;
   * "When using an ML instance with NVMe SSD volumes, SageMaker doesn't provision Amazon EBS gp2 storage":
   * https://docs.aws.amazon.com/sagemaker/latest/dg/model-train-storage-tips-considerations.html).
   */
  public static final int MIN_VOLUME_SIZE_GB = 1;
  public static final int MAX_VOLUME_SIZE_GB = 512;
  /**
   * ProductionVariant.ModelDataDownloadTimeoutInSeconds and ContainerStartupHealthCheckTimeoutInSeconds, and the
   * same two of InferenceComponentStartupParameters: 60 to 3600 (SageMaker API reference, ProductionVariant and
   * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_InferenceComponentStartupParameters.html).
   */
  public static final int MIN_STARTUP_TIMEOUT_SECONDS = 60;
  public static final int MAX_STARTUP_TIMEOUT_SECONDS = 3600;
  /**
   * ProductionVariantManagedInstanceScaling: MinInstanceCount at least 0, MaxInstanceCount at least 1, Status ENABLED
   * or DISABLED (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProductionVariantManagedInstanceScaling.html).
   * Only an endpoint that hosts inference components scales to 0 instances
   * (https://docs.aws.amazon.com/sagemaker/latest/dg/endpoint-auto-scaling-zero-instances.html).
   */
  public static final int MIN_MANAGED_MIN_INSTANCE_COUNT = 0;
  public static final int MIN_MANAGED_MAX_INSTANCE_COUNT = 1;
  public static final String MANAGED_SCALING_ENABLED = "ENABLED";
  public static final String MANAGED_SCALING_DISABLED = "DISABLED";
  /**
   * ProductionVariantRoutingConfig.RoutingStrategy, as CloudFormation's RoutingConfig takes it
   * (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProductionVariantRoutingConfig.html).
   */
  public static final String LEAST_OUTSTANDING_REQUESTS = "LEAST_OUTSTANDING_REQUESTS";
  public static final String RANDOM_ROUTING = "RANDOM";
  public static final List<String> ROUTING_STRATEGIES = List.of(LEAST_OUTSTANDING_REQUESTS, RANDOM_ROUTING);
  /**
   * ProductionVariant.InferenceAmiVersion (SageMaker API reference, ProductionVariant; CloudFormation
   * AWS::SageMaker::EndpointConfig ProductionVariant), sorted. The gpu AMIs carry NVIDIA drivers, the neuron AMI the
   * AWS Neuron driver for Inferentia2 and Trainium.
   */
  public static final List<String> INFERENCE_AMI_VERSIONS = List.of(
      "al2-ami-sagemaker-inference-gpu-2", "al2-ami-sagemaker-inference-gpu-2-1",
      "al2-ami-sagemaker-inference-gpu-3-1", "al2-ami-sagemaker-inference-neuron-2",
      "al2023-ami-sagemaker-inference-gpu-4-1");
  public static final String GPU_AMI_MARKER = "-gpu-";
  public static final String NEURON_AMI_MARKER = "-neuron-";
  /** Instance families with NVIDIA GPUs: ml.p* and ml.g* (not Graviton's ml.c6g and the like). */
  public static final String NVIDIA_GPU_INSTANCE_TYPE_PATTERN = "^ml\\.(p|g)[0-9][^.]*\\..+$";
  /** Instance families with AWS Inferentia2 or Trainium: ml.inf2.*, ml.trn1.*, ml.trn1n.*, ml.trn2.*. */
  public static final String NEURON2_INSTANCE_TYPE_PATTERN = "^ml\\.(inf2|trn[0-9]+n?)\\..+$";

  private Limits() {}

  /** A sorted, unmodifiable map of the (type, count) pairs given. */
  private static Map<String, Integer> gpus(Object... pairs) {
    Map<String, Integer> map = new TreeMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Integer) pairs[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }
}
