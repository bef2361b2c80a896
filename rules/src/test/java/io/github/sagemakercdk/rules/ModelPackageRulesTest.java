package io.github.sagemakercdk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sagemakercdk.rules.Location.Attribute;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Containers from versioned model packages: the ARN, the group name, and what such a container takes. */
class ModelPackageRulesTest {

  @Test
  void theArnNamesOneVersionOfAPackageGroup() {
    for (String arn : List.of("arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn/3",
        "arn:aws-cn:sagemaker:cn-north-1:123456789012:model-package/Churn-Scorer-2/123456789",
        "arn:aws:sagemaker:eu-west-1:123456789012:model-package/" + "c".repeat(63) + "/1")) {
      assertEquals(Optional.empty(), ModelPackageRules.arn(arn), arn);
    }
    for (String arn : List.of("churn", "churn/3",
        "arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn",
        "arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn/",
        "arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn/1234567890",
        "arn:aws:sagemaker:eu-west-1:123456789012:model-package-group/churn/3",
        "arn:aws:sagemaker:eu-west-1:1234:model-package/churn/3",
        "arn:aws:sagemaker:eu-west-1:123456789012:model-package/-churn/3",
        "arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn-/3",
        "arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn_scorer/3",
        "arn:aws:sagemaker:eu-west-1:123456789012:model-package/" + "c".repeat(64) + "/1")) {
      assertEquals(Rule.MODEL_PACKAGE_ARN, ModelPackageRules.arn(arn).orElseThrow().rule(), arn);
    }
    assertEquals("[SM-MODEL-PACKAGE-ARN] model package \"churn\" is not a versioned model package ARN: write"
        + " arn:<partition>:sagemaker:<region>:<12-digit account>:model-package/<group>/<version>, at most 176"
        + " characters, as the Model Registry shows it (for example"
        + " arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn/3)",
        ModelPackageRules.arn("churn").orElseThrow().toString());
  }

  @Test
  void groupNamesAreSageMakerNames() {
    assertEquals(Optional.empty(), ModelPackageRules.groupName("churn-scorer"));
    assertEquals(Rule.MODEL_PACKAGE_GROUP_NAME, ModelPackageRules.groupName("churn_scorer").orElseThrow().rule());
    assertEquals(Rule.MODEL_PACKAGE_GROUP_NAME, ModelPackageRules.groupName("c".repeat(64)).orElseThrow().rule());
  }

  @Test
  void aPackageContainerTakesNoModelDataAndIsNoMultiModelContainer() {
    String arn = "arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn/3";
    assertEquals(Optional.empty(), ModelPackageRules.container(0, arn, false, false));
    Violation data = ModelPackageRules.container(1, arn, true, false).orElseThrow();
    assertEquals(Rule.MODEL_PACKAGE_MODEL_DATA, data.rule());
    assertEquals(Location.container(Attribute.MODEL_DATA, 1), data.location());
    Violation multiModel = ModelPackageRules.container(0, arn, false, true).orElseThrow();
    assertEquals(Rule.MODEL_PACKAGE_MULTI_MODEL, multiModel.rule());
    assertEquals(Location.container(Attribute.MULTI_MODEL, 0), multiModel.location());
  }
}
