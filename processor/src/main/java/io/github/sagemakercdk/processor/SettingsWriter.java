package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.StringLiterals.literal;

import static io.github.sagemakercdk.processor.GeneratedTypes.FROM_ROLE_ARN_OPTIONS;
import static io.github.sagemakercdk.processor.GeneratedTypes.KEY;
import static io.github.sagemakercdk.processor.GeneratedTypes.LIST;
import static io.github.sagemakercdk.processor.GeneratedTypes.PINNED_ENVIRONMENT;
import static io.github.sagemakercdk.processor.GeneratedTypes.ROLE;
import static io.github.sagemakercdk.processor.GeneratedTypes.SECURITY_GROUP;
import static io.github.sagemakercdk.processor.GeneratedTypes.SUBNET;
import static io.github.sagemakercdk.processor.GeneratedTypes.SUBNET_SELECTION;
import static io.github.sagemakercdk.processor.GeneratedTypes.TAGS;

import com.squareup.javapoet.CodeBlock;
import java.util.List;

/**
 * Writes what {@link SettingsPlan} and the KMS keys add to a stack: the pinned environment in the {@code super} call,
 * the tags, the role and placement in the model's props, and imported keys. A plan without them adds nothing, so
 * such stacks stay exactly as they were.
 */
final class SettingsWriter {
  private SettingsWriter() {}

  /** The props handed to {@code Stack}'s constructor: the caller's, or with the pinned account and region. */
  static CodeBlock stackProps(SettingsPlan settings, String props) {
    if (!settings.pinned()) {
      return CodeBlock.of("$L", props);
    }
    return CodeBlock.of("$T.apply(id, $L, $L, $L)", PINNED_ENVIRONMENT, props, literal(settings.account()),
        literal(settings.region()));
  }

  /** {@code Tags.of(this).add(key, value)} for each tag, in declaration order. */
  static CodeBlock tags(SettingsPlan settings) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (SettingsPlan.Tag tag : settings.tags()) {
      code.addStatement("$T.of(this).add($L, $L)", TAGS, literal(tag.key()), literal(tag.value()));
    }
    return code.build();
  }

  /** The role, subnets and security groups lines of the {@code ModelProps} builder. */
  static CodeBlock modelProps(SettingsPlan settings, ModelNames names) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (settings.roleArn() != null) {
      code.add(".role($T.fromRoleArn(this, $L, $L,\n", ROLE, literal(names.id("Role")), literal(settings.roleArn()))
          .indent().indent()
          .add("$T.builder().mutable(false).build()))\n", FROM_ROLE_ARN_OPTIONS)
          .unindent().unindent();
    }
    if (!settings.subnets().isEmpty()) {
      code.add(".vpcSubnets($T.builder()\n", SUBNET_SELECTION).indent().indent()
          .add(".subnets($T.of(\n", LIST).indent().indent()
          .add(imports(settings.subnets(), "$T.fromSubnetId(this, $L, $L)", SUBNET, names.id("Subnet")))
          .add("))\n").unindent().unindent()
          .add(".build())\n").unindent().unindent();
      code.add(".securityGroups($T.of(\n", LIST).indent().indent()
          .add(imports(settings.securityGroups(), "$T.fromSecurityGroupId(this, $L, $L)", SECURITY_GROUP,
              names.id("SecurityGroup")))
          .add("))\n").unindent().unindent();
    }
    return code.build();
  }

  /** {@code Key.fromKeyArn(this, id, arn)}: a key or alias ARN, imported under {@code id}. */
  static CodeBlock key(String id, String arn) {
    return CodeBlock.of("$T.fromKeyArn(this, $L, $L)", KEY, literal(id), literal(arn));
  }

  /** One import per ID, with construct ids numbered from 1, separated by commas and new lines. */
  private static CodeBlock imports(List<String> ids, String format, Object type, String idPrefix) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (int i = 0; i < ids.size(); i++) {
      code.add(format, type, literal(idPrefix + (i + 1)), literal(ids.get(i)));
      code.add(i < ids.size() - 1 ? ",\n" : "");
    }
    return code.build();
  }

}
