package io.github.sagemakercdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.sagemakercdk.processor.Compilations.IMPORTS;
import static io.github.sagemakercdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each new attribute alone: the model compiles without warnings, and the generated stack (compiled against the
 * runtime) sets exactly that. {@link GoldenModels#SECURED} holds them all together.
 */
class SettingsAttributesTest {
  private static final String KEY_ARN = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

  /** The generated stack of {@code com.acme.Model} with these annotation lines. */
  private static String generated(String... annotations) throws IOException {
    String[] lines = new String[annotations.length + 3];
    lines[0] = "package com.acme;";
    lines[1] = IMPORTS;
    System.arraycopy(annotations, 0, lines, 2, annotations.length);
    lines[lines.length - 1] = "public class Model {}";
    Compilation compilation = Compilations.compile(source("com.acme.Model", lines));
    assertThat(compilation).succeededWithoutWarnings();
    return compilation.generatedSourceFile("com.acme.ModelStack").orElseThrow().getCharContent(false).toString();
  }

  @Test
  void role() throws IOException {
    String stack = generated("@SageMakerModel(role = \"arn:aws-cn:iam::123456789012:role/teams/ml/churn\")",
        "@Container(image = \"ecr:serve:1\")");
    assertThat(stack).contains(".role(Role.fromRoleArn(this, \"Role\", \"arn:aws-cn:iam::123456789012:role/teams/ml/churn\",\n"
        + "            FromRoleArnOptions.builder().mutable(false).build()))");
  }

  @Test
  void subnetsAndSecurityGroups() throws IOException {
    String stack = generated(
        "@SageMakerModel(subnets = \"subnet-0123456789abcdef0\", securityGroups = {\"sg-01234567\", \"sg-89abcdef\"})",
        "@Container(image = \"ecr:serve:1\")");
    assertThat(stack).contains(".vpcSubnets(SubnetSelection.builder()\n"
        + "            .subnets(List.of(\n"
        + "                Subnet.fromSubnetId(this, \"Subnet1\", \"subnet-0123456789abcdef0\")))\n"
        + "            .build())\n"
        + "        .securityGroups(List.of(\n"
        + "            SecurityGroup.fromSecurityGroupId(this, \"SecurityGroup1\", \"sg-01234567\"),\n"
        + "            SecurityGroup.fromSecurityGroupId(this, \"SecurityGroup2\", \"sg-89abcdef\")))");
  }

  @Test
  void tags() throws IOException {
    String stack = generated("@SageMakerModel(tags = {\"cost-center=ml\", \"empty=\", \"équipe=données\"})",
        "@Container(image = \"ecr:serve:1\")");
    assertThat(stack).contains("Tags.of(this).add(\"cost-center\", \"ml\");\n"
        + "    Tags.of(this).add(\"empty\", \"\");\n"
        + "    Tags.of(this).add(\"\\u00e9quipe\", \"donn\\u00e9es\");");
  }

  @Test
  void accountAndRegion() throws IOException {
    String stack = generated("@SageMakerModel(account = \"123456789012\", region = \"us-gov-west-1\")",
        "@Container(image = \"ecr:serve:1\")");
    assertThat(stack).contains(
        "super(scope, id, PinnedEnvironment.apply(id, props, \"123456789012\", \"us-gov-west-1\"));");
  }

  @Test
  void currentRegionOnly() throws IOException {
    String stack = generated("@SageMakerModel(region = SageMakerModel.CURRENT)", "@Container(image = \"ecr:serve:1\")");
    assertThat(stack).contains("super(scope, id, PinnedEnvironment.apply(id, props, \"\", \"current\"));");
  }

  @Test
  void modelDataKmsKey() throws IOException {
    String stack = generated("@SageMakerModel",
        "@Container(image = \"ecr:serve:1\", modelData = \"s3://acme-models/m.tar.gz\", modelDataKmsKey = \""
            + KEY_ARN + "\")");
    assertThat(stack).contains("ModelData.fromBucket(\n"
        + "        Bucket.fromBucketName(this, \"Container1ModelDataBucket\", \"acme-models\"), \"m.tar.gz\",\n"
        + "        Key.fromKeyArn(this, \"Container1ModelDataKey\", \"" + KEY_ARN + "\"));");
  }

  @Test
  void endpointKmsKey() throws IOException {
    String stack = generated("@SageMakerModel", "@Container(image = \"ecr:serve:1\")",
        "@Endpoint(kmsKey = \"arn:aws:kms:eu-west-1:123456789012:alias/endpoints\")");
    assertThat(stack).contains(
        ".encryptionKey(Key.fromKeyArn(this, \"EndpointKey\", \"arn:aws:kms:eu-west-1:123456789012:alias/endpoints\"))");
  }

  @Test
  void everyAttributeCompilesUnderEclipseToo(@TempDir Path temp) throws IOException {
    FileCompilation compilation = new FileCompilation(temp);
    Path source = compilation.write("com.acme.Secured",
        GoldenModels.SECURED.getCharContent(false).toString().split("\n"));
    assertThat(Files.exists(source)).isTrue();
    FileCompilation.Result ecj = compilation.compile(new EclipseCompiler(), new SageMakerProcessor());
    assertThat(ecj.errors()).isEmpty();
    assertThat(ecj.success()).isTrue();
    assertThat(Files.exists(compilation.classes.resolve("com/acme/SecuredStack.class"))).isTrue();
  }
}
