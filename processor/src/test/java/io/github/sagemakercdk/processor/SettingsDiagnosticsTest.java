package io.github.sagemakercdk.processor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The role, subnets, security groups, tags, account and region of {@code @SageMakerModel}, {@code @Container}'s
 * {@code modelDataKmsKey} and {@code @Endpoint}'s {@code kmsKey}: one test per diagnostic, each checking line and
 * column under javac and under Eclipse's compiler. javac points at the value (or the array entry); ecj's Messager
 * points at the attribute ({@code name = value}), so for an entry of an array at the attribute that holds it.
 */
class SettingsDiagnosticsTest {
  private static final String KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";

  @TempDir
  Path temp;

  /** A class {@code test.Placed} with the annotation lines given, then a valid container unless one is given. */
  private BothCompilers compile(String... annotationLines) throws IOException {
    List<String> lines = new ArrayList<>(List.of(annotationLines));
    if (lines.stream().noneMatch(line -> line.startsWith("@Container"))) {
      lines.add("@Container(image = \"ecr:serve:1\")");
    }
    return BothCompilers.compileClass(temp, "Placed", lines);
  }

  // role

  @Test
  void roleArnForm() throws IOException {
    compile(
        "@SageMakerModel(",
        "    role = \"arn:aws:iam::12345:role/churn\")")
        .errorCount(1)
        .errorAt("[SM-ROLE-ARN] role \"arn:aws:iam::12345:role/churn\" is not a valid IAM role ARN: the account must"
            + " be 12 digits", "\"arn:aws:iam::12345", "role =");
  }

  @Test
  void roleNameTooLong() throws IOException {
    compile(
        "@SageMakerModel(",
        "    role = \"arn:aws:iam::123456789012:role/" + "r".repeat(65) + "\")")
        .errorCount(1)
        .errorAt("a role name is 1 to 64 letters, digits", "\"arn:aws:iam::", "role =");
  }

  @Test
  void roleOfAnotherAccount() throws IOException {
    compile(
        "@SageMakerModel(",
        "    account = \"123456789012\",",
        "    role = \"arn:aws:iam::210987654321:role/churn\")")
        .errorCount(1)
        .errorAt("[SM-ROLE-ACCOUNT] role arn:aws:iam::210987654321:role/churn belongs to account 210987654321, but"
            + " the stack is in account 123456789012", "\"arn:aws:iam::", "role =");
  }

  @Test
  void roleOfAnotherPartition() throws IOException {
    compile(
        "@SageMakerModel(",
        "    region = \"cn-north-1\",",
        "    role = \"arn:aws:iam::123456789012:role/churn\")")
        .errorCount(1)
        .errorAt("[SM-ARN-PARTITION] role arn:aws:iam::123456789012:role/churn is in partition aws, but region"
            + " cn-north-1 is in partition aws-cn", "\"arn:aws:iam::", "role =");
  }

  // subnets and securityGroups

  @Test
  void subnetIdForm() throws IOException {
    compile(
        "@SageMakerModel(",
        "    subnets = {",
        "        \"subnet-0123456789abcdef0\",",
        "        \"subnet-XYZ\"},",
        "    securityGroups = \"sg-0123456789abcdef0\")")
        .errorCount(1)
        .errorAt("[SM-SUBNET-ID] subnet \"subnet-XYZ\" is not a valid subnet ID", "\"subnet-XYZ\"", "subnets =");
  }

  @Test
  void securityGroupIdForm() throws IOException {
    compile(
        "@SageMakerModel(",
        "    subnets = \"subnet-0123456789abcdef0\",",
        "    securityGroups = \"sg-12345\")")
        .errorCount(1)
        .errorAt("[SM-SECURITY-GROUP-ID] security group \"sg-12345\" is not a valid security group ID",
            "\"sg-12345\"", "securityGroups =");
  }

  @Test
  void subnetsWithoutSecurityGroups() throws IOException {
    compile(
        "@SageMakerModel(",
        "    subnets = \"subnet-0123456789abcdef0\")")
        .errorCount(1)
        .errorAt("[SM-VPC-SUBNETS-AND-SECURITY-GROUPS] the model has 1 subnets and 0 security groups",
            "\"subnet-0123", "subnets =");
  }

  @Test
  void securityGroupsWithoutSubnets() throws IOException {
    compile(
        "@SageMakerModel(",
        "    securityGroups = {\"sg-0123456789abcdef0\"})")
        .errorCount(1)
        .errorAt("[SM-VPC-SUBNETS-AND-SECURITY-GROUPS] the model has 0 subnets and 1 security groups",
            "{\"sg-", "securityGroups =");
  }

  @Test
  void duplicateSubnet() throws IOException {
    compile(
        "@SageMakerModel(",
        "    subnets = {\"subnet-0123456789abcdef0\",",
        "        \"subnet-0123456789abcdef0\"},",
        "    securityGroups = \"sg-0123456789abcdef0\")")
        .errorCount(1)
        .errorAt("[SM-VPC-DUPLICATE-SUBNET] subnet subnet-0123456789abcdef0 is given twice",
            "\"subnet-0123456789abcdef0\"}", "subnets =");
  }

  @Test
  void duplicateSecurityGroup() throws IOException {
    compile(
        "@SageMakerModel(",
        "    subnets = \"subnet-0123456789abcdef0\",",
        "    securityGroups = {\"sg-01234567\", \"sg-89abcdef\",",
        "        \"sg-01234567\"})")
        .errorCount(1)
        .errorAt("[SM-VPC-DUPLICATE-SECURITY-GROUP] security group sg-01234567 is given twice",
            "\"sg-01234567\"})", "securityGroups =");
  }

  @Test
  void tooManySubnets() throws IOException {
    List<String> subnets = new ArrayList<>();
    for (int i = 0; i < 17; i++) {
      subnets.add(String.format("\"subnet-%08x\"", i));
    }
    compile(
        "@SageMakerModel(",
        "    subnets = {" + String.join(", ", subnets) + "},",
        "    securityGroups = \"sg-0123456789abcdef0\")")
        .errorCount(1)
        .errorAt("[SM-VPC-SUBNETS] the model's VPC placement selects 17 subnets: SageMaker takes 1 to 16",
            "{\"subnet-", "subnets =");
  }

  @Test
  void tooManySecurityGroups() throws IOException {
    compile(
        "@SageMakerModel(",
        "    subnets = \"subnet-0123456789abcdef0\",",
        "    securityGroups = {\"sg-00000001\", \"sg-00000002\", \"sg-00000003\", \"sg-00000004\", \"sg-00000005\","
            + " \"sg-00000006\"})")
        .errorCount(1)
        .errorAt("[SM-VPC-SECURITY-GROUPS] the model has 6 security groups: SageMaker takes 1 to 5",
            "{\"sg-00000001", "securityGroups =");
  }

  @Test
  void serverlessEndpointInSubnets() throws IOException {
    compile(
        "@SageMakerModel(subnets = \"subnet-0123456789abcdef0\", securityGroups = \"sg-0123456789abcdef0\")",
        "@Container(image = \"ecr:serve:1\")",
        "@ServerlessEndpoint(memorySizeInMb = 2048)")
        .errorCount(1)
        .errorAt("[SM-SERVERLESS-VPC] a serverless endpoint cannot serve a model placed in subnets",
            "@ServerlessEndpoint");
  }

  // tags

  @Test
  void tagWithoutEquals() throws IOException {
    compile(
        "@SageMakerModel(",
        "    tags = {\"team=churn\", \"cost-center\"})")
        .errorCount(1)
        .errorAt("[SM-TAG-ENTRY-FORM] tag \"cost-center\" has no '='", "\"cost-center\"", "tags =");
  }

  @Test
  void tagKey() throws IOException {
    compile(
        "@SageMakerModel(",
        "    tags = \"team#1=churn\")")
        .errorCount(1)
        .errorAt("[SM-TAG-KEY] tag key \"team#1\" is not valid", "\"team#1", "tags =");
  }

  @Test
  void emptyTagKey() throws IOException {
    compile(
        "@SageMakerModel(",
        "    tags = \"=churn\")")
        .errorCount(1)
        .errorAt("[SM-TAG-KEY] tag key \"\" is not valid", "\"=churn", "tags =");
  }

  @Test
  void tagValue() throws IOException {
    compile(
        "@SageMakerModel(",
        "    tags = \"team=churn;scoring\")")
        .errorCount(1)
        .errorAt("[SM-TAG-VALUE] tag value \"churn;scoring\" of key team is not valid", "\"team=", "tags =");
  }

  @Test
  void tagValueTooLong() throws IOException {
    compile(
        "@SageMakerModel(",
        "    tags = \"team=" + "v".repeat(257) + "\")")
        .errorCount(1)
        .errorAt("[SM-TAG-VALUE]", "\"team=", "tags =");
  }

  @Test
  void reservedTagKey() throws IOException {
    compile(
        "@SageMakerModel(",
        "    tags = {\"team=churn\", \"AWS:cloudformation=x\"})")
        .errorCount(1)
        .errorAt("[SM-TAG-RESERVED-KEY] tag key \"AWS:cloudformation\" starts with aws:", "\"AWS:", "tags =");
  }

  @Test
  void duplicateTagKey() throws IOException {
    compile(
        "@SageMakerModel(",
        "    tags = {\"team=churn\",",
        "        \"team=fraud\"})")
        .errorCount(1)
        .errorAt("[SM-TAG-DUPLICATE-KEY] tag key team is given twice", "\"team=fraud\"", "tags =");
  }

  @Test
  void tooManyTags() throws IOException {
    List<String> tags = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      tags.add("\"k" + i + "=v\"");
    }
    compile(
        "@SageMakerModel(",
        "    tags = {" + String.join(", ", tags) + "})")
        .errorCount(1)
        .errorAt("[SM-TAG-COUNT] 51 tags are given: a SageMaker resource takes at most 50 tags", "{\"k0", "tags =");
  }

  // account and region

  @Test
  void account() throws IOException {
    compile(
        "@SageMakerModel(",
        "    account = \"1234-5678-9012\")")
        .errorCount(1)
        .errorAt("[SM-ACCOUNT-ID] account \"1234-5678-9012\" is not valid", "\"1234-5678", "account =");
  }

  @Test
  void region() throws IOException {
    compile(
        "@SageMakerModel(",
        "    region = \"Ireland\")")
        .errorCount(1)
        .errorAt("[SM-REGION] region \"Ireland\" is not valid", "\"Ireland\"", "region =");
  }

  // modelDataKmsKey

  @Test
  void modelDataKmsKeyForm() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:serve:1\", modelData = \"s3://acme-models/model.tar.gz\",",
        "    modelDataKmsKey = \"alias/models\")")
        .errorCount(1)
        .errorAt("[SM-KMS-KEY-ARN] KMS key \"alias/models\" is not valid", "\"alias/models\"", "modelDataKmsKey =");
  }

  @Test
  void modelDataKmsKeyWithoutS3ModelData() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:serve:1\", modelData = \"asset:models/model.tar.gz\")",
        "@Container(image = \"ecr:other:1\",",
        "    modelDataKmsKey = \"arn:aws:kms:eu-west-1:123456789012:key/" + KEY_ID + "\")")
        .errorCount(1)
        .errorAt("[SM-MODEL-DATA-KMS-KEY-WITHOUT-S3] modelDataKmsKey is given, but the container's model data is"
            + " not given", "\"arn:aws:kms", "modelDataKmsKey =");
  }

  /** Found by the fuzz test (seed 7, case 142): a container's key is one of its values, checked with or without model. */
  @Test
  void modelDataKmsKeyIsCheckedWithoutSageMakerModelToo() throws IOException {
    compile(
        "@Container(image = \"ecr:serve:1\", modelData = \"asset:models/model.tar.gz\",",
        "    modelDataKmsKey = \"arn:aws:kms:eu-west-1:123456789012:alias/models\")")
        .errorCount(2)
        .errorAt("[SM-CONTAINER-WITHOUT-MODEL]", "@Container")
        .errorAt("[SM-MODEL-DATA-KMS-KEY-WITHOUT-S3] modelDataKmsKey is given, but the container's model data is"
            + " \"asset:models/model.tar.gz\"", "\"arn:aws:kms", "modelDataKmsKey =");
  }

  @Test
  void modelDataKmsKeyOfAnotherRegion() throws IOException {
    compile(
        "@SageMakerModel(region = \"eu-west-1\")",
        "@Container(image = \"ecr:serve:1\", modelData = \"s3://acme-models/model.tar.gz\",",
        "    modelDataKmsKey = \"arn:aws:kms:us-east-1:123456789012:alias/models\")")
        .errorCount(1)
        .errorAt("[SM-KMS-KEY-REGION] KMS key arn:aws:kms:us-east-1:123456789012:alias/models is in region"
            + " us-east-1, but the stack is in region eu-west-1", "\"arn:aws:kms", "modelDataKmsKey =");
  }

  @Test
  void modelDataKmsKeyOfAnotherPartition() throws IOException {
    compile(
        "@SageMakerModel(region = \"us-gov-west-1\")",
        "@Container(image = \"ecr:serve:1\", modelData = \"s3://acme-models/model.tar.gz\",",
        "    modelDataKmsKey = \"arn:aws:kms:us-gov-west-1:123456789012:key/" + KEY_ID + "\")")
        .errorCount(1)
        .errorAt("[SM-ARN-PARTITION] KMS key arn:aws:kms:us-gov-west-1:123456789012:key/" + KEY_ID
            + " is in partition aws, but region us-gov-west-1 is in partition aws-us-gov", "\"arn:aws:kms",
            "modelDataKmsKey =");
  }

  // @Endpoint kmsKey

  @Test
  void endpointKmsKeyForm() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:serve:1\")",
        "@Endpoint(",
        "    kmsKey = \"arn:aws:kms:eu-west-1:123456789012:key/short\")")
        .errorCount(1)
        .errorAt("[SM-KMS-KEY-ARN] KMS key \"arn:aws:kms:eu-west-1:123456789012:key/short\" is not valid",
            "\"arn:aws:kms", "kmsKey =");
  }

  @Test
  void endpointKmsKeyOnInstanceTypeWithLocalStorage() throws IOException {
    compile(
        "@SageMakerModel",
        "@Container(image = \"ecr:serve:1\")",
        "@Endpoint(instanceType = \"ml.g5.xlarge\",",
        "    kmsKey = \"arn:aws:kms:eu-west-1:123456789012:alias/endpoints\")")
        .errorCount(1)
        .errorAt("[SM-KMS-KEY-LOCAL-STORAGE] instance type \"ml.g5.xlarge\" has local NVMe instance storage",
            "\"arn:aws:kms", "kmsKey =");
  }

  @Test
  void endpointKmsKeyOfAnotherRegion() throws IOException {
    compile(
        "@SageMakerModel(region = \"eu-central-1\")",
        "@Container(image = \"ecr:serve:1\")",
        "@Endpoint(",
        "    kmsKey = \"arn:aws:kms:eu-west-1:123456789012:alias/endpoints\")")
        .errorCount(1)
        .errorAt("[SM-KMS-KEY-REGION] KMS key arn:aws:kms:eu-west-1:123456789012:alias/endpoints is in region"
            + " eu-west-1, but the stack is in region eu-central-1", "\"arn:aws:kms", "kmsKey =");
  }

  @Test
  void everyProblemOfTheSettingsIsReportedAtOnce() throws IOException {
    compile(
        "@SageMakerModel(",
        "    role = \"role/churn\",",
        "    subnets = \"subnet-1\",",
        "    securityGroups = \"sg-1\",",
        "    tags = \"aws:x=1\",",
        "    account = \"current-account\",",
        "    region = \"EU-WEST-1\")")
        .errorCount(6)
        .errorAt("[SM-ROLE-ARN]", "\"role/churn\"", "role =")
        .errorAt("[SM-SUBNET-ID]", "\"subnet-1\"", "subnets =")
        .errorAt("[SM-SECURITY-GROUP-ID]", "\"sg-1\"", "securityGroups =")
        .errorAt("[SM-TAG-RESERVED-KEY]", "\"aws:x=1\"", "tags =")
        .errorAt("[SM-ACCOUNT-ID]", "\"current-account\"", "account =")
        .errorAt("[SM-REGION]", "\"EU-WEST-1\"", "region =");
  }
}
