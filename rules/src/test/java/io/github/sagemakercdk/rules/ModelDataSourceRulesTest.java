package io.github.sagemakercdk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Model data as an S3 data source: compression, gated models' licenses, multi-model containers. */
class ModelDataSourceRulesTest {

  @Test
  void jumpStartsGatedBucketsAreKnownByName() {
    assertTrue(ModelDataSourceRules.isGatedBucket("jumpstart-private-cache-prod-us-east-1"));
    assertTrue(ModelDataSourceRules.isGatedBucket("jumpstart-private-cache-prod-ap-southeast-2"));
    assertFalse(ModelDataSourceRules.isGatedBucket("jumpstart-cache-prod-us-east-1"));
    assertFalse(ModelDataSourceRules.isGatedBucket("jumpstart-private-cache-prod-"));
    assertFalse(ModelDataSourceRules.isGatedBucket("my-jumpstart-private-cache-prod-us-east-1"));
  }

  @Test
  void aGatedModelNeedsItsLicenseAccepted() {
    assertEquals(Optional.empty(), ModelDataSourceRules.license("s3://models/llama/", "models", false));
    assertEquals(Optional.empty(),
        ModelDataSourceRules.license("s3://jumpstart-private-cache-prod-us-east-1/llama/",
            "jumpstart-private-cache-prod-us-east-1", true));
    Violation missing = ModelDataSourceRules.license("s3://jumpstart-private-cache-prod-us-east-1/llama/",
        "jumpstart-private-cache-prod-us-east-1", false).orElseThrow();
    assertEquals("[SM-MODEL-DATA-EULA] model data \"s3://jumpstart-private-cache-prod-us-east-1/llama/\" is in"
        + " jumpstart-private-cache-prod-us-east-1, a JumpStart bucket of gated models: SageMaker deploys such a model"
        + " only once its end-user license agreement is accepted; read the model's license, then accept it with"
        + " acceptEula = true", missing.toString());
  }

  @Test
  void gzipIsForOneArchive() {
    assertEquals(Optional.empty(), ModelDataSourceRules.compression("llama/", false));
    assertEquals(Optional.empty(), ModelDataSourceRules.compression("llama/weights.bin", false));
    assertEquals(Optional.empty(), ModelDataSourceRules.compression("llama/model.TAR.GZ", true));
    assertEquals(Rule.MODEL_DATA_GZIP_PREFIX, ModelDataSourceRules.compression("llama/", true).orElseThrow().rule());
    assertEquals(Rule.MODEL_DATA_ARCHIVE,
        ModelDataSourceRules.compression("llama/weights.bin", true).orElseThrow().rule());
  }

  @Test
  void aMultiModelContainerTakesNoDataSource() {
    assertEquals(Optional.empty(), MultiModelRules.modelData(0, false, "s3://models/llama/", true, true));
    Violation violation = MultiModelRules.modelData(1, true, "s3://models/llama/", true, true).orElseThrow();
    assertEquals(Rule.MULTI_MODEL_DATA_SOURCE, violation.rule());
    assertEquals(Location.container(Attribute.MODEL_DATA, 1), violation.location());
  }
}
