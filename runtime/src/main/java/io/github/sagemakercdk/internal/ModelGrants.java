package io.github.sagemakercdk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.IListProducer;
import software.amazon.awscdk.Lazy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ecr.IRepository;
import software.amazon.awscdk.services.iam.AddToPrincipalPolicyResult;
import software.amazon.awscdk.services.iam.IPrincipal;
import software.amazon.awscdk.services.iam.Policy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.sns.ITopic;

/**
 * The permissions a model's execution role needs, each on exactly the resources it is for; where AWS allows
 * nothing narrower than a wildcard, the wildcard carries a cdk-nag suppression that says why. One per model (or
 * imported model), held by it: what it has already done for the model's principal is state of that model, not of
 * the process.
 */
public final class ModelGrants {
  static final String AUTHORIZATION_TOKEN_REASON = "ecr:GetAuthorizationToken gets the registry login SageMaker"
      + " pulls images with; AWS defines it on no resource, so it only works on Resource *. Pulling itself is"
      + " granted on each image's repository alone.";
  static final String DESCRIBE_REASON = "SageMaker describes the VPC, its subnets, security groups, DHCP options"
      + " and network interfaces to place the model in the VPC; EC2 Describe actions work only on Resource *.";
  static final String NETWORK_INTERFACE_REASON = "SageMaker creates the model's network interfaces in the VPC;"
      + " their IDs are not known before, so they are named by a wildcard in this account and region, and the"
      + " ec2:Vpc condition keeps them to the model's VPC.";
  static final String SECURITY_GROUP_REASON = "The model's network interfaces take its security groups, and more"
      + " can be added later through model.getConnections(); they are named by a wildcard in this account and"
      + " region, and the ec2:Vpc condition keeps them to the model's VPC.";

  static final String METRICS_REASON = "cloudwatch:PutMetricData is defined on no resource, so it only works on"
      + " Resource *; the cloudwatch:namespace condition keeps it to SageMaker's endpoint namespace "
      + "(/aws/sagemaker/Endpoints).";
  static final String LOG_GROUPS_REASON = "SageMaker names an endpoint's log group /aws/sagemaker/Endpoints/<endpoint"
      + " name> and its streams after the variant and instance, none known before deployment: the wildcard covers"
      + " only SageMaker's endpoint log groups in this account and region.";

  static final String SUBNET_REASON = "The model's subnets are a list known only at deploy time, so they are named"
      + " by a wildcard in this account and region, and the ec2:Vpc condition keeps them to the model's VPC.";

  static final String SUBNET_INTERFACE_REASON = "SageMaker creates the model's network interfaces in its subnets;"
      + " their IDs are not known before, so they are named by a wildcard in this account and region, and the"
      + " ec2:Subnet condition keeps them to the model's subnets.";

  static final String MODEL_PREFIX_REASON = "A multi-model container loads the model each request names from under its"
      + " S3 prefix, and models are added there after deployment: the wildcard covers only the objects under that"
      + " prefix.";
  static final String MODEL_FILES_REASON = "SageMaker downloads every file of an uncompressed model from under its S3"
      + " prefix (ModelDataSource S3Prefix), whose objects are named by the model's files: the wildcard covers only the"
      + " objects under that prefix.";
  static final String CAPTURED_DATA_REASON = "SageMaker writes each captured invocation to a new object under the"
      + " data capture destination (<prefix>/<endpoint>/<variant>/<yyyy>/<mm>/<dd>/<hh>/<file>.jsonl), named when it"
      + " is written: s3:PutObject is granted on the objects under that prefix alone.";
  static final String ASYNC_OUTPUT_REASON = "SageMaker names each asynchronous inference response or failure"
      + " object after its inference ID, not known before: s3:PutObject is granted on the objects under the"
      + " configured output or failure path (prefix) alone.";
  static final String ASYNC_KEY_ALIAS_REASON = "The asynchronous inference key is known by its alias, and IAM"
      + " matches no alias ARN in Resource: the statement names the keys of the alias's account and region, and the"
      + " condition ForAnyValue:StringEquals kms:ResourceAliases keeps it to the one key behind that alias.";
  /** What writing SSE-KMS objects (multipart uploads included) and publishing to an encrypted topic need. */
  static final List<String> ENCRYPT_WITH_KEY = List.of("kms:Decrypt", "kms:GenerateDataKey");

  /** Where SageMaker hosting writes what the containers log and the instances' metrics. */
  static final String ENDPOINT_LOG_GROUP_PREFIX = "/aws/sagemaker/Endpoints/";
  static final String ENDPOINT_METRICS_NAMESPACE = "/aws/sagemaker/Endpoints";
  private static final List<String> WRITE_LOGS = List.of(
      "logs:CreateLogGroup", "logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents");
  private static final List<String> PUT_METRICS = List.of("cloudwatch:PutMetricData");
  private static final List<String> DESCRIBE_NETWORK = List.of(
      "ec2:DescribeDhcpOptions", "ec2:DescribeNetworkInterfaces", "ec2:DescribeSecurityGroups",
      "ec2:DescribeSubnets", "ec2:DescribeVpcs");
  private static final List<String> MANAGE_NETWORK_INTERFACES = List.of(
      "ec2:CreateNetworkInterface", "ec2:CreateNetworkInterfacePermission",
      "ec2:DeleteNetworkInterface", "ec2:DeleteNetworkInterfacePermission");

  private static final List<String> ENCRYPT_CAPTURES = List.of("kms:Encrypt", "kms:GenerateDataKey");
  private static final List<String> UPLOAD_WITH_BUCKET_KEY = List.of("kms:GenerateDataKey");

  private final IPrincipal principal;
  private final PrincipalPolicy policy;
  private final NagSuppressions suppressions;
  /** Whether the registry login's suppression is already there: it is the same for every image. */
  private boolean loginSuppressed;
  /** Each grant that reaches the model's images and data, in order, to give the same to a principal shared later. */
  private final List<Consumer<ModelGrants>> artifactAccess = new ArrayList<>();
  /** The grants that get every artifact access of this model too: the hosts it runs on as an inference component. */
  private final List<ModelGrants> artifactSharers = new ArrayList<>();

  /** The grants to {@code principal}, the model's role (or whatever grants to an imported model go to). */
  public ModelGrants(IPrincipal principal) {
    this.principal = principal;
    this.policy = new PrincipalPolicy(principal);
    this.suppressions = new NagSuppressions(policy);
  }

  /**
   * The principal is a role its model has just made: until the model's constructor ends, nothing but these grants
   * has added to its policy or written metadata on it.
   */
  public void principalIsNew() {
    suppressions.assumeNoMetadata();
  }

  /** Keeps the cdk-nag suppressions of the grants from now on, to write them at once: see {@link #writeSuppressions}. */
  public void deferSuppressions() {
    suppressions.defer();
  }

  /** Writes the suppressions kept since {@link #deferSuppressions} in one metadata write; later ones go at once. */
  public void writeSuppressions() {
    suppressions.write();
  }

  /** The policy the grants' statements went to ("DefaultPolicy" of a role), or null while there is none. */
  public Policy principalPolicy() {
    return policy.policy();
  }

  /**
   * What SageMaker hosting needs to write the containers' logs and the instances' metrics (see "CreateModel API:
   * Execution Role Permissions"): logs to the endpoint log groups of this account and region, metrics to
   * SageMaker's endpoint namespace.
   */
  public void writeLogsAndMetrics(Stack stack) {
    String logGroups = stack.formatArn(ArnComponents.builder()
        .service("logs").resource("log-group").arnFormat(ArnFormat.COLON_RESOURCE_NAME)
        .resourceName(ENDPOINT_LOG_GROUP_PREFIX + "*").build());
    PolicyStatement logs = PolicyStatement.Builder.create()
        .actions(WRITE_LOGS).resources(List.of(logGroups)).build();
    suppressions.suppressWildcard(principal.addToPrincipalPolicy(logs), NagFinding.forResource(stack, logGroups),
        LOG_GROUPS_REASON);
    PolicyStatement metrics = PolicyStatement.Builder.create()
        .actions(PUT_METRICS).resources(List.of("*"))
        .conditions(Map.of("StringEquals", Map.of("cloudwatch:namespace", ENDPOINT_METRICS_NAMESPACE)))
        .build();
    suppressions.suppressWildcard(principal.addToPrincipalPolicy(metrics), "Resource::*", METRICS_REASON);
  }

  /**
   * Gives {@code host} every access to the model's images and data this model's principal has, and each it gets
   * later: an inference component's host pulls its model's image and loads its data with the endpoint config's
   * execution role. Every grant to the model's artifacts goes through {@link #shared}, so none is missed.
   */
  public void shareArtifactAccessWith(ModelGrants host) {
    if (host == this || artifactSharers.contains(host)) {
      return;
    }
    artifactSharers.add(host);
    artifactAccess.forEach(grant -> grant.accept(host));
  }

  /** Records an artifact grant of this model for the principals that share it, now and later. */
  private void shared(Consumer<ModelGrants> grant) {
    artifactAccess.add(grant);
    artifactSharers.forEach(grant);
  }

  /** Pull access to the images of {@code repository}, and the registry login that pulling needs. */
  public void pullImages(IRepository repository) {
    shared(sharer -> sharer.pullImages(repository));
    repository.grantPull(principal);
    // The login's suppression is the same for every image: once per principal is enough.
    if (loginSuppressed) {
      return;
    }
    loginSuppressed = true;
    // grantPull has added the login statement to the principal's policy, if it has one: that is where its
    // suppression belongs (an immutable role has none, and gets none).
    suppressions.suppressWildcard("Resource::*", AUTHORIZATION_TOKEN_REASON);
  }

  /** Read access to one object, and decryption with the bucket's key when it has one. */
  public void readObject(IBucket bucket, String objectKey) {
    readObject(bucket, objectKey, null);
  }

  /**
   * Read access to one object, and decryption with {@code objectKmsKey} (the object's SSE-KMS key, given by the
   * user), else with the bucket's key when it has one.
   */
  public void readObject(IBucket bucket, String objectKey, IKey objectKmsKey) {
    shared(sharer -> sharer.readObject(bucket, objectKey, objectKmsKey));
    principal.addToPrincipalPolicy(PolicyStatement.Builder.create()
        .actions(List.of("s3:GetObject"))
        .resources(List.of(bucket.arnForObjects(objectKey)))
        .build());
    IKey key = objectKmsKey != null ? objectKmsKey : bucket.getEncryptionKey();
    if (key != null) {
      KmsGrants.decrypt(key, principal, suppressions);
    }
  }

  /**
   * Read access to the objects under {@code keyPrefix} (ending in {@code /}) alone, and decryption with
   * {@code objectKmsKey} (their SSE-KMS key, given by the user), else with the bucket's key when it has one: a multi-model container loads any model under its prefix, named only at invocation.
   */
  public void readObjectsUnder(IBucket bucket, String keyPrefix, IKey objectKmsKey) {
    shared(sharer -> sharer.readObjectsUnder(bucket, keyPrefix, objectKmsKey));
    readUnder(bucket, keyPrefix, objectKmsKey, MODEL_PREFIX_REASON);
  }

  /**
   * What SageMaker needs to download the uncompressed files of a model under {@code keyPrefix} (ModelDataSource
   * {@code S3Prefix}): {@code s3:GetObject} on the objects under the prefix alone, and {@code s3:ListBucket} on the
   * bucket held by the {@code s3:prefix} condition to that prefix, since SageMaker finds the files by listing
   * them ("SageMaker uses all objects that match the specified key name prefix", API_S3ModelDataSource; the execution
   * role of CreateModel and CreateTrainingJob, whose S3Prefix data sources are read the same way, is given
   * s3:ListBucket on the data's bucket: "CreateModel API: Execution Role Permissions",
   * https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html); the key's decryption as for
   * {@link #readObjectsUnder}.
   */
  public void readFilesUnder(IBucket bucket, String keyPrefix, IKey objectKmsKey) {
    shared(sharer -> sharer.readFilesUnder(bucket, keyPrefix, objectKmsKey));
    principal.addToPrincipalPolicy(PolicyStatement.Builder.create()
        .actions(List.of("s3:ListBucket"))
        .resources(List.of(bucket.getBucketArn()))
        .conditions(Map.of("StringLike", Map.of("s3:prefix", List.of(keyPrefix + "*"))))
        .build());
    readUnder(bucket, keyPrefix, objectKmsKey, MODEL_FILES_REASON);
  }

  private void readUnder(IBucket bucket, String keyPrefix, IKey objectKmsKey, String reason) {
    String objects = bucket.arnForObjects(keyPrefix + "*");
    AddToPrincipalPolicyResult added = principal.addToPrincipalPolicy(PolicyStatement.Builder.create()
        .actions(List.of("s3:GetObject"))
        .resources(List.of(objects))
        .build());
    suppressions.suppressWildcard(added, NagFinding.forResource(Stack.of(bucket), objects), reason);
    IKey key = objectKmsKey != null ? objectKmsKey : bucket.getEncryptionKey();
    if (key != null) {
      KmsGrants.decrypt(key, principal, suppressions);
    }
  }

  /**
   * What SageMaker needs to write an endpoint's captured data as this model's role (SageMaker API reference,
   * DataCaptureConfig): {@code s3:PutObject} on the objects under the destination, and with {@code explicitKey}
   * (the config's KmsKeyId) {@code kms:Encrypt}, which SageMaker calls with it, and {@code kms:GenerateDataKey},
   * which S3 needs for an SSE-KMS upload; without one, {@code kms:GenerateDataKey} on the bucket's default key
   * when the bucket has one.
   */
  public void writeCapturedData(IBucket bucket, String objectsPattern, IKey explicitKey, Stack stack) {
    String objects = bucket.arnForObjects(objectsPattern);
    PolicyStatement put = PolicyStatement.Builder.create()
        .actions(List.of("s3:PutObject"))
        .resources(List.of(objects))
        .build();
    suppressions.suppressWildcard(principal.addToPrincipalPolicy(put), NagFinding.forResource(stack, objects),
        CAPTURED_DATA_REASON);
    if (explicitKey != null) {
      KmsGrants.use(explicitKey, ENCRYPT_CAPTURES, principal, suppressions, KmsGrants.CAPTURE_ALIAS_REASON);
    } else if (bucket.getEncryptionKey() != null) {
      KmsGrants.use(bucket.getEncryptionKey(), UPLOAD_WITH_BUCKET_KEY, principal, suppressions,
          KmsGrants.CAPTURE_ALIAS_REASON);
    }
  }

  /**
   * What SageMaker needs to put the model in {@code vpc} (see "CreateModel API: Execution Role Permissions"):
   * describing the network, and managing the model's network interfaces in {@code subnetIds} of that VPC.
   */
  public void placeInVpc(IVpc vpc, List<String> subnetIds, Stack stack) {
    PolicyStatement describe = PolicyStatement.Builder.create()
        .actions(DESCRIBE_NETWORK).resources(List.of("*")).build();
    suppressions.suppressWildcard(principal.addToPrincipalPolicy(describe), "Resource::*", DESCRIBE_REASON);

    String networkInterfaces = ec2Arn(stack, "network-interface", "*");
    String securityGroups = ec2Arn(stack, "security-group", "*");
    // Subnets imported as one list token cannot be named one by one; the ec2:Vpc condition still holds them.
    boolean subnetsKnown = subnetIds.stream().noneMatch(id -> id.contains("#{Token["));
    String anySubnet = ec2Arn(stack, "subnet", "*");
    List<String> resources = new ArrayList<>();
    resources.add(networkInterfaces);
    if (subnetsKnown) {
      subnetIds.forEach(subnetId -> resources.add(ec2Arn(stack, "subnet", subnetId)));
    } else {
      resources.add(anySubnet);
    }
    resources.add(securityGroups);
    PolicyStatement manage = PolicyStatement.Builder.create()
        .actions(MANAGE_NETWORK_INTERFACES)
        .resources(resources)
        .conditions(Map.of("ArnEquals", Map.of("ec2:Vpc", vpc.getVpcArn())))
        .build();
    AddToPrincipalPolicyResult added = principal.addToPrincipalPolicy(manage);
    suppressions.suppressWildcard(added, NagFinding.forResource(stack, networkInterfaces), NETWORK_INTERFACE_REASON);
    suppressions.suppressWildcard(added, NagFinding.forResource(stack, securityGroups), SECURITY_GROUP_REASON);
    if (!subnetsKnown) {
      suppressions.suppressWildcard(added, NagFinding.forResource(stack, anySubnet), SUBNET_REASON);
    }
  }

  /**
   * What SageMaker needs to put the model in subnets given by ID, without the VPC (see "CreateModel API: Execution
   * Role Permissions"): describing the network, creating network interfaces in exactly these subnets with exactly
   * the model's security groups, and managing the network interfaces in them (the {@code ec2:Subnet} condition holds
   * the interfaces, whose IDs are not known before, to these subnets). The security groups are read at synth, as the
   * VpcConfig reads them: {@code securityGroupIds} gives those added through the model's connections too.
   */
  public void placeInSubnets(List<String> subnetIds, Supplier<List<String>> securityGroupIds, Stack stack) {
    PolicyStatement describe = PolicyStatement.Builder.create()
        .actions(DESCRIBE_NETWORK).resources(List.of("*")).build();
    suppressions.suppressWildcard(principal.addToPrincipalPolicy(describe), "Resource::*", DESCRIBE_REASON);
    List<String> subnets = subnetIds.stream().map(id -> ec2Arn(stack, "subnet", id)).toList();
    IListProducer placement = context -> {
      List<String> arns = new ArrayList<>(subnets);
      securityGroupIds.get().forEach(id -> arns.add(ec2Arn(stack, "security-group", id)));
      return arns;
    };
    principal.addToPrincipalPolicy(PolicyStatement.Builder.create()
        .actions(List.of("ec2:CreateNetworkInterface"))
        .resources(Lazy.uncachedList(placement))
        .build());
    String networkInterfaces = ec2Arn(stack, "network-interface", "*");
    PolicyStatement manage = PolicyStatement.Builder.create()
        .actions(MANAGE_NETWORK_INTERFACES)
        .resources(List.of(networkInterfaces))
        .conditions(Map.of("ArnEquals", Map.of("ec2:Subnet", subnets)))
        .build();
    suppressions.suppressWildcard(principal.addToPrincipalPolicy(manage),
        NagFinding.forResource(stack, networkInterfaces), SUBNET_INTERFACE_REASON);
  }

  private static String ec2Arn(Stack stack, String resource, String name) {
    return stack.formatArn(ArnComponents.builder().service("ec2").resource(resource).resourceName(name).build());
  }

  /**
   * What asynchronous inference needs to write responses and failures (SageMaker Developer Guide, "Create an
   * asynchronous inference endpoint"): {@code s3:PutObject} on the objects under each path, one statement; and
   * the keys' {@code kms:Decrypt} and {@code kms:GenerateDataKey} for SSE-KMS buckets.
   */
  public void writeObjects(List<String> objectsArns, List<IKey> bucketKeys, Stack stack) {
    AddToPrincipalPolicyResult added = principal.addToPrincipalPolicy(PolicyStatement.Builder.create()
        .actions(List.of("s3:PutObject"))
        .resources(objectsArns)
        .build());
    objectsArns.forEach(arn ->
        suppressions.suppressWildcard(added, NagFinding.forResource(stack, arn), ASYNC_OUTPUT_REASON));
    bucketKeys.forEach(this::encryptWith);
  }

  /** {@code sns:Publish} on {@code topic} alone, and the use of its key when it is encrypted. */
  public void publish(ITopic topic) {
    principal.addToPrincipalPolicy(PolicyStatement.Builder.create()
        .actions(List.of("sns:Publish"))
        .resources(List.of(topic.getTopicArn()))
        .build());
    if (topic.getMasterKey() != null) {
      encryptWith(topic.getMasterKey());
    }
  }

  /**
   * What a guarded deployment's auto-rollback needs (SageMaker Developer Guide, "Auto-Rollback Configuration and
   * Monitoring"): {@code cloudwatch:DescribeAlarms} on exactly these alarms.
   */
  public void describeAlarms(List<String> alarmArns) {
    principal.addToPrincipalPolicy(PolicyStatement.Builder.create()
        .actions(List.of("cloudwatch:DescribeAlarms"))
        .resources(alarmArns)
        .build());
  }

  /** {@code kms:Decrypt} and {@code kms:GenerateDataKey} on {@code key} alone. */
  public void encryptWith(IKey key) {
    KmsGrants.use(key, ENCRYPT_WITH_KEY, principal, suppressions, ASYNC_KEY_ALIAS_REASON);
  }
}
