package io.github.sagemakercdk.rules;

/**
 * The catalog of every SageMaker, ECR and S3 rule this project enforces before deploy.
 *
 * <p>Each rule has a stable id (shown in every message, so it can be searched for) and one message
 * template that says what is wrong and how to fix it. The processor reports these as compiler errors, the
 * runtime as exceptions: the wording, like the limit, has exactly one definition. Rules about how the runtime's
 * constructs are put together (and nothing the processor checks) are in the runtime's own catalog,
 * {@code io.github.sagemakercdk.internal.RuntimeRule}, with ids of the same form.
 */
public enum Rule {
  MODEL_NAME("model name \"%s\" is not valid: a SageMaker model name is 1 to " + Limits.NAME_MAX_LENGTH
      + " letters, digits and hyphens, starting and ending with a letter or digit (pattern "
      + Limits.NAME_PATTERN + ")"),
  CONTAINER_COUNT("a model has %d containers: SageMaker takes 1 to " + Limits.MAX_CONTAINERS
      + " (one primary container, or an inference pipeline of up to " + Limits.MAX_CONTAINERS + ")"),
  HOSTNAME_PATTERN("container hostname \"%s\" is not valid: use 1 to " + Limits.NAME_MAX_LENGTH
      + " letters, digits and hyphens, starting and ending with a letter or digit (pattern "
      + Limits.NAME_PATTERN + ")"),
  HOSTNAME_ALL_OR_NONE("container %d has no hostname while container %d has one: in an inference pipeline"
      + " give a hostname to every container or to none"),
  HOSTNAME_DUPLICATE("container hostname \"%s\" is used by containers %d and %d: hostnames in a pipeline"
      + " must be unique"),
  ENVIRONMENT_COUNT("container %d has %d environment variables: SageMaker allows at most "
      + Limits.MAX_ENVIRONMENT_ENTRIES + " per container"),
  ENVIRONMENT_KEY_PATTERN("environment variable name \"%s\" is not valid: it must start with a letter or"
      + " underscore and hold only letters, digits and underscores (pattern " + Limits.ENVIRONMENT_KEY_PATTERN + ")"),
  ENVIRONMENT_KEY_LENGTH("environment variable name \"%s\" is %d bytes long: SageMaker allows at most "
      + Limits.MAX_ENVIRONMENT_KEY_BYTES),
  ENVIRONMENT_VALUE_LENGTH("environment variable %s has a value of %d bytes: SageMaker allows at most "
      + Limits.MAX_ENVIRONMENT_VALUE_BYTES),
  ENVIRONMENT_DUPLICATE_KEY("environment variable %s is set twice in container %d: give each name once"),
  ENVIRONMENT_TOTAL_SIZE("the environment variables of all containers add up to %d bytes: SageMaker allows at"
      + " most " + Limits.MAX_ENVIRONMENT_TOTAL_BYTES + " bytes (32 KB) of names and values per model"),
  IMAGE_URI("image \"%s\" is not valid: an image URI is 1 to " + Limits.MAX_IMAGE_URI_LENGTH
      + " characters with no white space"),
  ECR_REPOSITORY_NAME("ECR repository name \"%s\" is not valid: use 2 to " + Limits.MAX_ECR_REPOSITORY_NAME_LENGTH
      + " lowercase letters, digits and the separators . _ - /, starting and ending with a letter or digit"
      + " (for example \"xgboost\" or \"team/churn-model\")"),
  ECR_TAG("image tag \"%s\" is not valid: a tag is 1 to " + Limits.MAX_ECR_TAG_LENGTH
      + " letters, digits, '_', '.' and '-', not starting with '.' or '-'"),
  ECR_DIGEST("image digest \"%s\" is not valid: write sha256: followed by 64 lowercase hexadecimal digits"),
  S3_BUCKET_NAME("S3 bucket name \"%s\" is not valid: %s"),
  S3_OBJECT_KEY("S3 object key \"%s\" is not valid: %s"),
  MODEL_DATA_ARCHIVE("model data \"%s\" is not a .tar.gz file: SageMaker loads model artifacts from a single"
      + " gzip-compressed tar archive"),
  MODEL_DATA_URL("model data URL \"%s\" is not valid: SageMaker takes an s3:// or https:// URL of at most "
      + Limits.MAX_MODEL_DATA_URL_LENGTH + " characters"),
  VPC_SUBNETS("the model's VPC placement selects %d subnets: SageMaker takes 1 to " + Limits.MAX_VPC_SUBNETS),
  VPC_SECURITY_GROUPS("the model has %d security groups: SageMaker takes 1 to " + Limits.MAX_VPC_SECURITY_GROUPS),
  ECR_REGISTRY_ID("registry account \"%s\" is not valid: an ECR registry is named by its 12-digit AWS account ID"),
  FRAMEWORK_UNKNOWN("framework \"%s\" has no images SageMaker hosts by region: the frameworks and built-in"
      + " algorithms are %s"),
  FRAMEWORK_VERSION("%s has no version \"%s\": the known versions nearest it are %s (of %d)"),
  FRAMEWORK_OPTION("%s has no %s \"%s\": its images are for %s; choose one of those"),
  FRAMEWORK_OPTION_MISSING("%s has images for more than one %s (%s): name the one to run"),
  FRAMEWORK_REGION("%s is not published in region %s: its registry serves %s; deploy to one of those regions, or"
      + " copy the image into a repository of your own"),
  IMAGE_ASSET_DIRECTORY("image asset directory \"%s\" cannot be built: %s"),
  MODEL_DATA_FILE("model data file \"%s\" cannot be uploaded: %s"),
  ENDPOINT_NAME("endpoint name \"%s\" is not valid: an endpoint name is 1 to " + Limits.NAME_MAX_LENGTH
      + " letters, digits and hyphens, starting and ending with a letter or digit (pattern " + Limits.NAME_PATTERN
      + ")"),
  ENDPOINT_CONFIG_NAME("endpoint config name \"%s\" is not valid: an endpoint config name is 1 to "
      + Limits.NAME_MAX_LENGTH + " letters, digits and hyphens, starting and ending with a letter or digit (pattern "
      + Limits.NAME_PATTERN + ")"),
  VARIANT_NAME("production variant name \"%s\" is not valid: a variant name is 1 to " + Limits.NAME_MAX_LENGTH
      + " letters, digits and hyphens, starting and ending with a letter or digit (pattern " + Limits.NAME_PATTERN
      + "), such as \"AllTraffic\""),
  VARIANT_DUPLICATE("production variant name \"%s\" is used twice in one endpoint config: give each variant its"
      + " own name"),
  VARIANT_COUNT("the endpoint config has %d instance production variants: SageMaker takes at most "
      + Limits.MAX_INSTANCE_PRODUCTION_VARIANTS + " per endpoint config; spread them over several endpoints"),
  VARIANT_MISSING("the endpoint config has no production variant: give it instance production variants or one"
      + " serverless production variant"),
  VARIANT_KINDS_MIXED("the endpoint config has %d instance production variant(s) and a serverless production"
      + " variant: an endpoint config is either instance-based or serverless; use two endpoint configs"),
  SERVERLESS_VARIANT_COUNT("the endpoint config has %d serverless production variants: it takes at most "
      + Limits.MAX_SERVERLESS_PRODUCTION_VARIANTS),
  INSTANCE_TYPE("instance type \"%s\" is not one SageMaker hosts production variants on: %s"),
  ACCELERATOR_TYPE("accelerator type \"%s\" is not valid: SageMaker's Elastic Inference accelerators are "
      + String.join(", ", Limits.ACCELERATOR_TYPES)),
  ACCELERATOR_DISCONTINUED("accelerator type \"%s\" cannot be used: Amazon Elastic Inference is no longer"
      + " available, and CloudFormation's AWS::SageMaker::EndpointConfig no longer takes AcceleratorType; remove"
      + " acceleratorType and pick an instance type with a GPU or AWS Inferentia (such as ml.g5.xlarge or"
      + " ml.inf2.xlarge)"),
  INITIAL_INSTANCE_COUNT("initialInstanceCount %s is not valid: a variant starts with a whole number of instances,"
      + " at least " + Limits.MIN_INITIAL_INSTANCE_COUNT),
  INITIAL_VARIANT_WEIGHT("initialVariantWeight %s is not valid: a weight is a number of at least 0 (the variants"
      + " of an endpoint share its traffic in proportion to their weights)"),
  SERVERLESS_MEMORY_SIZE("memorySizeInMb %s is not valid: a serverless variant has "
      + Limits.MIN_SERVERLESS_MEMORY_SIZE_MB + " to " + Limits.MAX_SERVERLESS_MEMORY_SIZE_MB + " MB in steps of "
      + Limits.SERVERLESS_MEMORY_SIZE_STEP_MB + " (1024, 2048, 3072, 4096, 5120 or 6144)"),
  SERVERLESS_MAX_CONCURRENCY("maxConcurrency %s is not valid: a serverless variant handles a whole number of "
      + Limits.MIN_SERVERLESS_MAX_CONCURRENCY + " to " + Limits.MAX_SERVERLESS_MAX_CONCURRENCY
      + " concurrent invocations"),
  SERVERLESS_PROVISIONED_CONCURRENCY("provisionedConcurrency %s is not valid: give a whole number from "
      + Limits.MIN_SERVERLESS_PROVISIONED_CONCURRENCY + " to " + Limits.MAX_SERVERLESS_PROVISIONED_CONCURRENCY
      + ", or none for no provisioned concurrency"),
  SERVERLESS_PROVISIONED_OVER_MAX("provisionedConcurrency %s is greater than maxConcurrency %s: provision at most"
      + " as many concurrent invocations as the variant may handle"),
  AUTO_SCALING_CAPACITY("auto scaling minCapacity %s and maxCapacity %s are not valid: give whole numbers with "
      + Limits.MIN_AUTO_SCALING_CAPACITY + " <= minCapacity <= maxCapacity"),
  AUTO_SCALING_INITIAL_COUNT("the variant starts with %s instance(s), outside its auto scaling range %s to %s:"
      + " choose minCapacity <= initialInstanceCount <= maxCapacity"),
  AUTO_SCALING_BURSTABLE("instance type \"%s\" is burstable, and SageMaker does not auto scale burstable"
      + " instances (they already absorb load peaks): pick another instance type, or drop auto scaling"),
  MAX_REQUESTS_PER_SECOND("maxRequestsPerSecond %s is not valid: give the requests per second one instance"
      + " serves at most (from a load test), a number greater than 0"),
  SAFETY_FACTOR("safetyFactor %s is not valid: it is the share of maxRequestsPerSecond each instance is kept at,"
      + " greater than 0 and at most 1 (default " + Limits.DEFAULT_SAFETY_FACTOR + ")"),
  // Inference components: a model placed on the instances of an endpoint that hosts components.
  INFERENCE_COMPONENT_NAME("inference component name \"%s\" is not valid: use 1 to " + Limits.NAME_MAX_LENGTH
      + " letters, digits and hyphens, starting and ending with a letter or digit (pattern "
      + Limits.INFERENCE_COMPONENT_NAME_PATTERN + ")"),
  INFERENCE_COMPONENT_MIN_MEMORY("minMemoryRequiredInMb %s is not valid: give the memory one copy of the model needs,"
      + " a whole number of at least " + Limits.MIN_INFERENCE_COMPONENT_MEMORY_MB + " MB"),
  INFERENCE_COMPONENT_MAX_MEMORY("maxMemoryRequiredInMb %s is not valid: give a whole number of at least "
      + Limits.MIN_INFERENCE_COMPONENT_MEMORY_MB + " MB and at least minMemoryRequiredInMb (%s), or none"),
  INFERENCE_COMPONENT_CPU_CORES("numberOfCpuCoresRequired %s is not valid: give at least "
      + Limits.MIN_INFERENCE_COMPONENT_CPU_CORES + " CPU cores per copy, or none"),
  INFERENCE_COMPONENT_ACCELERATORS("numberOfAcceleratorDevicesRequired %s is not valid: give a whole number of at"
      + " least " + Limits.MIN_INFERENCE_COMPONENT_ACCELERATOR_DEVICES + " GPUs or accelerators per copy, or none"),
  INFERENCE_COMPONENT_ACCELERATORS_EXCEED_INSTANCE("numberOfAcceleratorDevicesRequired %s is more than the %d GPU(s)"
      + " of instance type \"%s\": one copy of the model must fit on one instance; ask for at most %d, or host the"
      + " components on a larger instance type"),
  INFERENCE_COMPONENT_ACCELERATORS_WITHOUT_ACCELERATOR("numberOfAcceleratorDevicesRequired %s is given, but instance"
      + " type \"%s\" has no GPU or accelerator: drop it, or host the components on a GPU or accelerator instance"
      + " type (such as ml.g5.xlarge)"),
  INFERENCE_COMPONENT_COPY_COUNT("copyCount %s is not valid: give the copies of the model to run, a whole number of at"
      + " least " + Limits.MIN_INFERENCE_COMPONENT_COPY_COUNT),
  INFERENCE_COMPONENT_COPY_SCALING("copy count scaling minCapacity %s and maxCapacity %s are not valid: give whole"
      + " numbers with " + Limits.MIN_INFERENCE_COMPONENT_COPY_COUNT + " <= minCapacity <= maxCapacity and"
      + " maxCapacity at least 1"),
  INFERENCE_COMPONENT_COPY_COUNT_OUTSIDE_SCALING("the component starts with %s copies, outside its copy count scaling"
      + " range %s to %s: choose minCapacity <= copyCount <= maxCapacity"),
  INFERENCE_COMPONENTS_SERVERLESS("an endpoint that hosts inference components places them on its instances: a"
      + " serverless variant has none; give the host variants an instance type, or serve the model from its own"
      + " serverless endpoint"),
  INFERENCE_COMPONENTS_MULTI_MODEL("an inference component holds one model, and a multi-model container serves many"
      + " from its S3 prefix: place one component per model, or serve the multi-model container from an endpoint of"
      + " its own"),
  // Where the model runs and under which identity (role, VPC placement by ID, tags, account, region, KMS keys).
  ROLE_ARN("role \"%s\" is not a valid IAM role ARN: %s; write arn:<partition>:iam::<12-digit account>:role/<name>"
      + " or arn:<partition>:iam::<account>:role/<path>/<name>, as the IAM console shows it"),
  SUBNET_ID("subnet \"%s\" is not a valid subnet ID: write subnet- and 8 or 17 lowercase hexadecimal digits, as the"
      + " VPC console shows it (for example subnet-0123456789abcdef0)"),
  SECURITY_GROUP_ID("security group \"%s\" is not a valid security group ID: write sg- and 8 or 17 lowercase"
      + " hexadecimal digits, as the VPC console shows it (for example sg-0123456789abcdef0)"),
  VPC_SUBNETS_AND_SECURITY_GROUPS("the model has %d subnets and %d security groups: SageMaker's VpcConfig takes"
      + " both (1 to " + Limits.MAX_VPC_SUBNETS + " subnets, 1 to " + Limits.MAX_VPC_SECURITY_GROUPS
      + " security groups) or neither"),
  VPC_DUPLICATE_SUBNET("subnet %s is given twice: give each subnet once"),
  VPC_DUPLICATE_SECURITY_GROUP("security group %s is given twice: give each security group once"),
  TAG_COUNT("%d tags are given: a SageMaker resource takes at most " + Limits.MAX_TAGS + " tags"),
  TAG_KEY("tag key \"%s\" is not valid: a key is 1 to " + Limits.MAX_TAG_KEY_LENGTH + " letters, digits, spaces"
      + " and the characters _ . : / = + - @"),
  TAG_VALUE("tag value \"%s\" of key %s is not valid: a value is 0 to " + Limits.MAX_TAG_VALUE_LENGTH
      + " letters, digits, spaces and the characters _ . : / = + - @"),
  TAG_RESERVED_KEY("tag key \"%s\" starts with aws:, which AWS reserves for its own tags (in any case): choose"
      + " another key"),
  TAG_DUPLICATE_KEY("tag key %s is given twice: a resource has one value per key; give each key once"),
  ACCOUNT_ID("account \"%s\" is not valid: an AWS account is named by its 12-digit ID, such as 123456789012"),
  REGION("region \"%s\" is not valid: give a region code such as eu-west-1, us-gov-west-1 or cn-north-1"),
  KMS_KEY_ARN("KMS key \"%s\" is not valid: write a key ARN, arn:<partition>:kms:<region>:<12-digit account>:key/<key"
      + " id>, or an alias ARN, arn:<partition>:kms:<region>:<account>:alias/<name>"),
  KMS_KEY_LOCAL_STORAGE("instance type \"%s\" has local NVMe instance storage, which SageMaker encrypts with a"
      + " hardware module of the instance, and CreateEndpointConfig fails when a KMS key is given with it: remove"
      + " the KMS key, or pick an instance type without instance storage (such as ml.m5.large or ml.c5.xlarge)"),
  ROLE_ACCOUNT("role %s belongs to account %s, but the stack is in account %s: SageMaker only takes an execution"
      + " role of the model's own account; give a role of account %s, or pin the stack to account %s"),
  ARN_PARTITION("%s %s is in partition %s, but region %s is in partition %s: give an ARN of partition %s"),
  KMS_KEY_REGION("KMS key %s is in region %s, but the stack is in region %s: SageMaker uses a KMS key of its own"
      + " region; give a key (or alias) ARN of region %s"),
  SERVERLESS_VPC("a serverless endpoint cannot serve a model placed in subnets: SageMaker Serverless Inference"
      + " does not support a VPC configuration; serve it from instances (@RealtimeEndpoint, an instance production"
      + " variant), or place the model in no subnets"),
  // Hosting exclusions: each is one row of HostingExclusions, which links it to SageMaker's documentation.
  SERVERLESS_NETWORK_ISOLATION("a serverless endpoint cannot serve a model with network isolation: SageMaker"
      + " Serverless Inference does not support network isolation; serve it from instances (@RealtimeEndpoint), or"
      + " remove networkIsolation"),
  SERVERLESS_MULTI_CONTAINER("a serverless endpoint cannot serve a model of several containers: SageMaker Serverless"
      + " Inference does not support inference pipelines or multi-container models; serve it from instances"
      + " (@RealtimeEndpoint), or give the model one container"),
  SERVERLESS_MULTI_MODEL("a serverless endpoint cannot serve a multi-model container: SageMaker Serverless Inference"
      + " does not support multi-model endpoints; serve it from instances (@RealtimeEndpoint), or remove multiModel"),
  MULTI_MODEL_SINGLE_CONTAINER("a multi-model container must be its model's only container, and this model has"
      + " several: put the other containers into models of their own, or remove multiModel"),
  MULTI_MODEL_INSTANCE_TYPE("instance type \"%s\" cannot host a multi-model endpoint: SageMaker hosts multi-model"
      + " endpoints on CPU instance types and on the single-GPU types ml.p2.xlarge, ml.p3.2xlarge and ml.g4dn and"
      + " ml.g5 in the sizes xlarge, 2xlarge, 4xlarge, 8xlarge and 16xlarge (with Triton); pick one of those, such as"
      + " ml.c5.xlarge"),
  // Multi-model containers and Direct invocation, on the model itself.
  MULTI_MODEL_DATA("model data \"%s\" is not an S3 prefix: a multi-model container loads each model it is asked"
      + " for from under one S3 prefix; give modelData as s3://<bucket>/<prefix>/, ending in /"),
  MODEL_DATA_PREFIX_WITHOUT_MULTI_MODEL("model data \"%s\" is an S3 prefix, which only a multi-model container"
      + " loads: set multiModel = true, or give one .tar.gz archive (for the uncompressed files of one model under a"
      + " prefix, write uncompressed:s3://<bucket>/<prefix>/, ModelData.fromS3DataSource in code)"),
  MULTI_MODEL_DATA_SOURCE("model data \"%s\" is an S3 data source (uncompressed files, or a license to accept),"
      + " and a multi-model container loads .tar.gz archives from under one S3 prefix: give it"
      + " s3://<bucket>/<prefix>/ of archives, or remove multiModel"),
  // Containers from a versioned model package of the Model Registry (ContainerDefinition ModelPackageName).
  MODEL_PACKAGE_ARN("model package \"%s\" is not a versioned model package ARN: write"
      + " arn:<partition>:sagemaker:<region>:<12-digit account>:model-package/<group>/<version>, at most "
      + Limits.MAX_MODEL_PACKAGE_NAME_LENGTH + " characters, as the Model Registry shows it (for example"
      + " arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn/3)"),
  MODEL_PACKAGE_GROUP_NAME("model package group name \"%s\" is not valid: a group name is 1 to "
      + Limits.NAME_MAX_LENGTH + " letters, digits and hyphens, starting and ending with a letter or digit (pattern "
      + Limits.NAME_PATTERN + ")"),
  MODEL_PACKAGE_MODEL_DATA("the container is created from model package %s, which supplies the image and the model"
      + " data: remove the container's own model data"),
  MODEL_PACKAGE_MULTI_MODEL("the container is created from model package %s, which supplies one model: a model"
      + " package container is no multi-model container; remove multiModel"),
  // Model data as ModelDataSource.S3DataSource: uncompressed files, and gated models' license.
  MODEL_DATA_GZIP_PREFIX("model data \"%s\" is an S3 prefix, and SageMaker decompresses only a single object: give"
      + " compression None for the uncompressed files under a prefix, or one .tar.gz object with Gzip"),
  MODEL_DATA_EULA("model data \"%s\" is in %s, a JumpStart bucket of gated models: SageMaker deploys such a model"
      + " only once its end-user license agreement is accepted; read the model's license, then accept it with"
      + " acceptEula = true"),
  DIRECT_CONTAINER_COUNT("Direct invocation needs a multi-container model, and this model has %d container(s):"
      + " give it 2 to " + Limits.MAX_CONTAINERS + " containers, or remove directInvocation"),
  DIRECT_HOSTNAME("container %d has no hostname: with Direct invocation every container needs one, since callers"
      + " pick the container by it (TargetContainerHostname); give it a hostname"),
  // Data capture (DataCaptureConfig of the endpoint config).
  DATA_CAPTURE_DESTINATION("data capture destination \"%s\" is not valid: write s3://<bucket> or"
      + " s3://<bucket>/<prefix>, at most " + Limits.MAX_DATA_CAPTURE_DESTINATION_LENGTH + " characters (SageMaker"
      + " writes the captured requests and responses under it)"),
  DATA_CAPTURE_SAMPLING_PERCENTAGE("initialSamplingPercentage %s is not valid: give the percentage of requests to"
      + " capture, a whole number from " + Limits.MIN_DATA_CAPTURE_SAMPLING_PERCENTAGE + " to "
      + Limits.MAX_DATA_CAPTURE_SAMPLING_PERCENTAGE),
  DATA_CAPTURE_CONTENT_TYPE("content type \"%s\" is not valid: write type/subtype of 1 to "
      + Limits.MAX_DATA_CAPTURE_CONTENT_TYPE_LENGTH + " letters, digits and inner hyphens (the subtype may also hold"
      + " '.'), such as text/csv or application/json"),
  DATA_CAPTURE_CONTENT_TYPE_COUNT("%s holds %d content types: SageMaker takes 1 to "
      + Limits.MAX_DATA_CAPTURE_CONTENT_TYPES + " per list"),
  DATA_CAPTURE_SERVERLESS("data capture cannot be used on a serverless endpoint: SageMaker Serverless Inference"
      + " does not support data capture; serve the model from instances, or remove the data capture"),
  // Shadow variants (ShadowProductionVariants of the endpoint config).
  SHADOW_VARIANT_COUNT("the endpoint config has %d shadow variants: SageMaker takes at most "
      + Limits.MAX_SHADOW_PRODUCTION_VARIANTS + " shadow variant per endpoint config; test one candidate at a time"),
  SHADOW_VARIANT_PRODUCTION_COUNT("the endpoint config has a shadow variant and %d production variants: beside a"
      + " shadow variant SageMaker takes exactly one production variant, whose requests the shadow receives a copy"
      + " of; give one production variant, or drop the shadow variant"),
  // Asynchronous inference (AsyncInferenceConfig) and scaling on its backlog.
  ASYNC_S3_PATH("%s \"%s\" is not valid: %s; write s3://<bucket>/<prefix> of at most " + Limits.MAX_ASYNC_S3_PATH_LENGTH
      + " characters, such as s3://my-bucket/async/output/"),
  ASYNC_MAX_CONCURRENT_INVOCATIONS("maxConcurrentInvocationsPerInstance %s is not valid: SageMaker sends each"
      + " instance a whole number of " + Limits.MIN_ASYNC_MAX_CONCURRENT_INVOCATIONS + " to "
      + Limits.MAX_ASYNC_MAX_CONCURRENT_INVOCATIONS + " concurrent requests; leave it out to let SageMaker choose"),
  ASYNC_TOPIC_ARN("%s \"%s\" is not a valid SNS topic ARN: write arn:<partition>:sns:<region>:<12-digit"
      + " account>:<topic name>, as the SNS console shows it"),
  ASYNC_RESPONSE_WITHOUT_TOPIC("includeInferenceResponseIn names %s, but the endpoint has no %s topic: give that"
      + " topic, or leave %s out"),
  ASYNC_RESPONSE_DUPLICATE("includeInferenceResponseIn names %s twice: give each topic once"),
  ASYNC_SERVERLESS("an endpoint config with asynchronous inference has a serverless production variant:"
      + " SageMaker Asynchronous Inference runs on instances only; use instance production variants, or drop the"
      + " asynchronous inference config"),
  AUTO_SCALING_ZERO_REALTIME("auto scaling minCapacity 0 is not valid for a real-time endpoint: only asynchronous"
      + " endpoints scale down to 0 instances (SageMaker keeps at least 1 instance behind a real-time variant); give"
      + " minCapacity 1 or more, or serve the model from an asynchronous endpoint (@AsyncEndpoint)"),
  BACKLOG_SCALING_CAPACITY("backlog scaling minCapacity %s and maxCapacity %s are not valid: give whole numbers with "
      + Limits.MIN_ASYNC_AUTO_SCALING_CAPACITY + " <= minCapacity <= maxCapacity and maxCapacity at least 1"),
  // Guarded deployments (DeploymentConfig of an endpoint).
  DEPLOYMENT_POLICIES_BOTH("the deployment has both a blue/green and a rolling update policy: SageMaker takes one;"
      + " keep one of the two"),
  DEPLOYMENT_WAIT_INTERVAL("waitIntervalInSeconds %s is not valid: give a whole number of "
      + Limits.MIN_DEPLOYMENT_WAIT_SECONDS + " to " + Limits.MAX_DEPLOYMENT_WAIT_SECONDS + " seconds"),
  DEPLOYMENT_TERMINATION_WAIT("terminationWaitInSeconds %s is not valid: give a whole number of "
      + Limits.MIN_DEPLOYMENT_WAIT_SECONDS + " to " + Limits.MAX_DEPLOYMENT_WAIT_SECONDS + " seconds"),
  DEPLOYMENT_EXECUTION_TIMEOUT("maximumExecutionTimeoutInSeconds %s is not valid: give a whole number of "
      + Limits.MIN_DEPLOYMENT_EXECUTION_TIMEOUT_SECONDS + " to " + Limits.MAX_DEPLOYMENT_EXECUTION_TIMEOUT_SECONDS
      + " seconds"),
  DEPLOYMENT_TIMEOUT_BELOW_WAITS("maximumExecutionTimeoutInSeconds %s is not longer than terminationWaitInSeconds %s"
      + " and waitIntervalInSeconds %s together: SageMaker needs the time limit to exceed the waits; raise it or"
      + " shorten the waits"),
  TRAFFIC_ROUTING_SIZE("%s traffic shifting %s"),
  CAPACITY_SIZE("%s %s of type %s is not valid: give INSTANCE_COUNT with a whole number of at least "
      + Limits.MIN_CAPACITY_SIZE + " instances, or CAPACITY_PERCENT with a whole percentage of "
      + Limits.MIN_CAPACITY_SIZE + " to " + Limits.MAX_CAPACITY_PERCENT),
  DEPLOYMENT_BATCH_SHARE("%s %s is not valid: SageMaker takes %d%% to %d%% of the variant's instances"),
  ROLLBACK_ALARM_COUNT("%d rollback alarms are given: SageMaker watches 1 to " + Limits.MAX_ROLLBACK_ALARMS),
  ROLLBACK_ALARM_NAME("rollback alarm name \"%s\" is not valid: a CloudWatch alarm name is 1 to "
      + Limits.MAX_ALARM_NAME_LENGTH + " characters, not only white space"),
  ROLLBACK_ALARM_DUPLICATE("rollback alarm %s is given twice: give each alarm once"),
  ROLLING_DEPLOYMENT_SERVERLESS("a rolling deployment cannot update a serverless endpoint (SageMaker's deployment"
      + " guardrails exclude it): use a blue/green deployment, or serve from instances"),
  ROLLING_DEPLOYMENT_VARIANTS("a rolling deployment cannot update an endpoint of several production variants"
      + " (SageMaker's deployment guardrails exclude multi-variant endpoints): use a blue/green deployment, or one"
      + " variant"),
  GUARDED_DEPLOYMENT_INF1("instance type \"%s\" is an Inf1 instance, and SageMaker's deployment guardrails do not"
      + " apply to Inf1 endpoints: it would silently deploy all at once without baking or rollback; remove the"
      + " guarded deployment, or pick another instance type (such as ml.inf2.xlarge)"),
  TARGET_BACKLOG_PER_INSTANCE("targetBacklogPerInstance %s is not valid: give the queued requests per instance to"
      + " scale at, a number greater than 0"),
  // Variant limits: storage, start-up timeouts, managed instance scaling, routing and the inference AMI.
  VOLUME_SIZE("volumeSizeInGb %s is not valid: give the size of the EBS volume attached to each instance, a whole"
      + " number of " + Limits.MIN_VOLUME_SIZE_GB + " to " + Limits.MAX_VOLUME_SIZE_GB + " GB"),
  VOLUME_SIZE_LOCAL_STORAGE("instance type \"%s\" has local NVMe instance storage, which SageMaker uses instead of an"
      + " EBS volume, so it takes no volume size: remove volumeSizeInGb, or pick an instance type without instance"
      + " storage (such as ml.m5.xlarge, or ml.p3.2xlarge for a GPU)"),
  STARTUP_TIMEOUT("%s of %s seconds is not valid: give a whole number of " + Limits.MIN_STARTUP_TIMEOUT_SECONDS
      + " to " + Limits.MAX_STARTUP_TIMEOUT_SECONDS + " seconds (1 minute to 1 hour)"),
  MANAGED_SCALING_COUNTS("managed instance scaling minInstanceCount %s and maxInstanceCount %s are not valid: give"
      + " whole numbers with " + Limits.MIN_MANAGED_MIN_INSTANCE_COUNT + " <= minInstanceCount <= maxInstanceCount"
      + " and maxInstanceCount at least " + Limits.MIN_MANAGED_MAX_INSTANCE_COUNT),
  MANAGED_SCALING_ZERO("managed instance scaling minInstanceCount 0 is not valid for a variant that serves a model:"
      + " SageMaker scales only endpoints that host inference components down to 0 instances; give minInstanceCount"
      + " 1 or more"),
  MANAGED_SCALING_INITIAL_COUNT("the variant starts with %s instance(s), outside its managed instance scaling range"
      + " %s to %s: choose minInstanceCount <= initialInstanceCount <= maxInstanceCount"),
  MANAGED_SCALING_STATUS("managed instance scaling status \"%s\" is not valid: give " + Limits.MANAGED_SCALING_ENABLED
      + " or " + Limits.MANAGED_SCALING_DISABLED),
  ROUTING_STRATEGY("routing strategy \"%s\" is not valid: give " + Limits.LEAST_OUTSTANDING_REQUESTS + " (to the"
      + " instances with the most free capacity) or " + Limits.RANDOM_ROUTING),
  INFERENCE_AMI_VERSION("inference AMI version \"%s\" is not valid: give one of "
      + String.join(", ", Limits.INFERENCE_AMI_VERSIONS)),
  INFERENCE_AMI_INSTANCE_TYPE("inference AMI version \"%s\" carries the drivers of %s, and instance type \"%s\" has"
      + " none: pick an AMI version for the instance type's accelerator, or leave it out to let SageMaker choose");

  private final String template;

  Rule(String template) {
    this.template = template;
  }

  /** The id shown with every message, such as {@code SM-HOSTNAME-PATTERN}. */
  public String id() {
    return Messages.id(this);
  }

  /** A violation of this rule, its message filled in from {@code args}. */
  public Violation violation(Location location, Object... args) {
    return new Violation(this, Messages.fillWithValues(template, args), location);
  }
}
