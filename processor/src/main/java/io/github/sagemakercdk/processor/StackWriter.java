package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.StringLiterals.literal;

import static io.github.sagemakercdk.processor.GeneratedTypes.BUCKET;
import static io.github.sagemakercdk.processor.GeneratedTypes.CONSTRUCT;
import static io.github.sagemakercdk.processor.GeneratedTypes.CONTAINER_DEFINITION;
import static io.github.sagemakercdk.processor.GeneratedTypes.CONTAINER_IMAGE;
import static io.github.sagemakercdk.processor.GeneratedTypes.CONTAINER_MODE;
import static io.github.sagemakercdk.processor.GeneratedTypes.GENERATED;
import static io.github.sagemakercdk.processor.GeneratedTypes.INFERENCE_EXECUTION_MODE;
import static io.github.sagemakercdk.processor.GeneratedTypes.IROLE;
import static io.github.sagemakercdk.processor.GeneratedTypes.LINKED_HASH_MAP;
import static io.github.sagemakercdk.processor.GeneratedTypes.LIST;
import static io.github.sagemakercdk.processor.GeneratedTypes.MAP;
import static io.github.sagemakercdk.processor.GeneratedTypes.MODEL;
import static io.github.sagemakercdk.processor.GeneratedTypes.MODEL_DATA;
import static io.github.sagemakercdk.processor.GeneratedTypes.MODEL_PROPS;
import static io.github.sagemakercdk.processor.GeneratedTypes.MODEL_STACK_FACTORY;
import static io.github.sagemakercdk.processor.GeneratedTypes.REPOSITORY;
import static io.github.sagemakercdk.processor.GeneratedTypes.REPOSITORY_ATTRIBUTES;
import static io.github.sagemakercdk.processor.GeneratedTypes.SAGEMAKER_APP;
import static io.github.sagemakercdk.processor.GeneratedTypes.STACK;
import static io.github.sagemakercdk.processor.GeneratedTypes.STACK_PROPS;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes the stack class of a {@link StackPlan}, in the shape the runtime contract fixes: a {@code Stack} that
 * builds the model (and the endpoint serving it, see {@link EndpointWriter}), then calls the class's
 * {@code @CustomizeStack} methods ({@link HookWriter}); getters for what it built; a {@code main} that synthesizes
 * it, and a {@code Factory} for the one-app entry point.
 *
 * <p>The text depends on the plan alone, so the same annotations always give the same bytes.
 */
final class StackWriter {
  private static final String MODEL_FIELD = "model";
  private static final String DEFAULT_ID = "DEFAULT_ID";

  private StackWriter() {}

  static JavaFile write(StackPlan plan) {
    ClassName stack = ClassName.get(plan.packageName(), plan.stackClassName());
    TypeSpec.Builder type = stackClass(stack, plan.origin())
        .addField(MODEL, MODEL_FIELD, Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addAnnotations(HookWriter.annotations(plan.hooks()))
            .addModifiers(Modifier.PUBLIC)
            .addParameter(CONSTRUCT, "scope")
            .addParameter(String.class, "id")
            .addParameter(STACK_PROPS, "props")
            .addStatement("super(scope, id, $L)", SettingsWriter.stackProps(plan.settings(), "props"))
            .addCode(SettingsWriter.tags(plan.settings()))
            .addCode(containers(plan.containers(), ModelNames.SERVED))
            .addStatement("this.$L = $L", MODEL_FIELD, model(plan, ModelNames.SERVED))
            .addCode(ShadowWriter.construct(plan.shadow()))
            .addCode(EndpointWriter.construct(plan.endpoint(), plan.dataCapture(), plan.shadow(), MODEL_FIELD))
            .addCode(ComponentWriter.construct(plan.component(), MODEL_FIELD))
            .addCode(HookWriter.calls(plan.origin(), plan.hooks()))
            .build())
        .addMethod(MethodSpec.methodBuilder("getModel")
            .addModifiers(Modifier.PUBLIC)
            .returns(MODEL)
            .addStatement("return $L", MODEL_FIELD)
            .build())
        .addMethod(MethodSpec.methodBuilder("getRole")
            .addModifiers(Modifier.PUBLIC)
            .returns(IROLE)
            .addStatement("return $L.getRole()", MODEL_FIELD)
            .build());
    ShadowWriter.addMembers(type, plan.shadow());
    EndpointWriter.addMembers(type, plan.endpoint());
    ComponentWriter.addMembers(type, plan.component());
    type.addMethod(main());
    TypeSpec.Builder factory = factory(stack);
    if (plan.component() != null) {
      factory.addMethod(ComponentWriter.dependsOn(plan.component()));
    }
    type.addType(factory.build());
    return JavaFile.builder(plan.packageName(), type.build()).build();
  }

  /**
   * A generated stack class from {@code origin}, as every one starts: {@code @Generated}, a public {@code Stack} with
   * its {@code DEFAULT_ID} (its simple name) and the constructor {@code (scope, id)} that passes no props.
   */
  static TypeSpec.Builder stackClass(ClassName stack, TypeElement origin) {
    return TypeSpec.classBuilder(stack)
        .addOriginatingElement(origin)
        .addAnnotation(AnnotationSpec.builder(GENERATED)
            .addMember("value", "$L", literal(SageMakerProcessor.class.getCanonicalName()))
            .addMember("comments", "$L", literal("from " + origin.getQualifiedName()))
            .build())
        .addModifiers(Modifier.PUBLIC)
        .superclass(STACK)
        .addField(FieldSpec.builder(String.class, DEFAULT_ID, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .initializer("$L", literal(stack.simpleName()))
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(CONSTRUCT, "scope")
            .addParameter(String.class, "id")
            .addStatement("this(scope, id, null)")
            .build());
  }

  /** {@code main}: synthesizes the stack of the class's {@code Factory}. */
  static MethodSpec main() {
    return MethodSpec.methodBuilder("main")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(String[].class, "args")
        .addStatement("$T.synthesize(new Factory())", SAGEMAKER_APP)
        .build();
  }

  /** The image, model data and environment of each container, as locals named by pipeline position. */
  static CodeBlock containers(List<ContainerPlan> containers, ModelNames names) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (int i = 0; i < containers.size(); i++) {
      ContainerPlan container = containers.get(i);
      int position = i + 1;
      code.addStatement("$T $L = $L", CONTAINER_IMAGE, imageVariable(position, names),
          image(container.image(), position, names));
      if (container.modelData() != null) {
        code.addStatement("$T $L = $L", MODEL_DATA, modelDataVariable(position, names),
            modelData(container.modelData(), container.modelDataKmsKey(), container.multiModel(), position, names));
      }
      if (!container.environment().isEmpty()) {
        String variable = environmentVariable(position, names);
        TypeName map = ParameterizedTypeName.get(MAP, ClassName.get(String.class), ClassName.get(String.class));
        code.addStatement("$T $L = new $T<>()", map, variable, LINKED_HASH_MAP);
        for (EnvironmentVariable entry : container.environment()) {
          code.addStatement("$L.put($L, $L)", variable, literal(entry.name()), literal(entry.value()));
        }
      }
    }
    return code.build();
  }

  private static CodeBlock image(ImageSource image, int position, ModelNames names) {
    String repositoryId = names.id("Container" + position + "Repository");
    if (image instanceof ImageSource.Asset asset) {
      return CodeBlock.of("$T.fromAsset($L)", CONTAINER_IMAGE, literal(asset.directory()));
    }
    if (image instanceof ImageSource.Ecr ecr) {
      return CodeBlock.of("$T.fromEcrRepository(\n$T.fromRepositoryName(this, $L, $L), $L)",
          CONTAINER_IMAGE, REPOSITORY, literal(repositoryId), literal(ecr.repository()), literal(ecr.tagOrDigest()));
    }
    if (image instanceof ImageSource.Dlc dlc) {
      return CodeBlock.of("$T.fromDlc($L, $L)", CONTAINER_IMAGE, literal(dlc.repository()), literal(dlc.tag()));
    }
    ImageSource.Registry registry = (ImageSource.Registry) image;
    return CodeBlock.builder()
        .add("$T.fromEcrRepository(\n", CONTAINER_IMAGE)
        .add("$T.fromRepositoryAttributes(this, $L, $T.builder()\n", REPOSITORY, literal(repositoryId), REPOSITORY_ATTRIBUTES)
        .add("$>$>.repositoryName($L)\n", literal(registry.repository()))
        .add(".repositoryArn($L)\n", literal(registry.repositoryArn()))
        .add(".build()),$<$<\n")
        .add("$L)", literal(registry.tagOrDigest()))
        .build();
  }

  private static CodeBlock modelData(ModelDataSource modelData, String kmsKey, boolean multiModel, int position,
      ModelNames names) {
    if (modelData instanceof ModelDataSource.Asset asset) {
      return CodeBlock.of("$T.fromAsset($L)", MODEL_DATA, literal(asset.file()));
    }
    ModelDataSource.S3 s3 = (ModelDataSource.S3) modelData;
    CodeBlock bucket = CodeBlock.of("$T.fromBucketName(this, $L, $L)",
        BUCKET, literal(names.id("Container" + position + "ModelDataBucket")), literal(s3.bucket()));
    String factory = multiModel ? "fromBucketPrefix" : "fromBucket";
    if (kmsKey != null) {
      return CodeBlock.of("$T.$L(\n$L, $L,\n$L)", MODEL_DATA, factory, bucket, literal(s3.key()),
          SettingsWriter.key(names.id("Container" + position + "ModelDataKey"), kmsKey));
    }
    return CodeBlock.of("$T.$L(\n$L, $L)", MODEL_DATA, factory, bucket, literal(s3.key()));
  }

  /** {@code new Model(this, "Model", ModelProps.builder()...build())}, setting only what was given. */
  static CodeBlock model(StackPlan plan, ModelNames names) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("new $T(this, $L, $T.builder()\n", MODEL, literal(names.id("Model")), MODEL_PROPS)
        .add(".containers($T.of(\n", LIST)
        .indent()
        .indent();
    List<ContainerPlan> containers = plan.containers();
    for (int i = 0; i < containers.size(); i++) {
      ContainerPlan container = containers.get(i);
      int position = i + 1;
      code.add("$T.builder()\n", CONTAINER_DEFINITION).indent().indent();
      code.add(".image($L)\n", imageVariable(position, names));
      if (container.modelData() != null) {
        code.add(".modelData($L)\n", modelDataVariable(position, names));
      }
      if (!container.environment().isEmpty()) {
        code.add(".environment($L)\n", environmentVariable(position, names));
      }
      if (container.hostname() != null) {
        code.add(".containerHostname($L)\n", literal(container.hostname()));
      }
      if (container.multiModel()) {
        code.add(".mode($T.MULTI_MODEL)\n", CONTAINER_MODE);
      }
      code.add(".build()").unindent().unindent();
      code.add(i < containers.size() - 1 ? ",\n" : "))\n");
    }
    code.unindent().unindent();
    if (plan.modelName() != null) {
      code.add(".modelName($L)\n", literal(plan.modelName()));
    }
    if (plan.networkIsolation()) {
      code.add(".networkIsolation(true)\n");
    }
    if (plan.directInvocation()) {
      code.add(".inferenceExecutionMode($T.DIRECT)\n", INFERENCE_EXECUTION_MODE);
    }
    code.add(SettingsWriter.modelProps(plan.settings(), names));
    return code.add(".build())").build();
  }

  static TypeSpec.Builder factory(ClassName stack) {
    return TypeSpec.classBuilder("Factory")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(MODEL_STACK_FACTORY)
        .addMethod(MethodSpec.methodBuilder("stackId")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $L", DEFAULT_ID)
            .build())
        .addMethod(MethodSpec.methodBuilder("create")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(STACK)
            .addParameter(CONSTRUCT, "scope")
            .addParameter(String.class, "id")
            .addStatement("return new $T(scope, id)", stack)
            .build());
  }

  private static String imageVariable(int position, ModelNames names) {
    return names.variable("container" + position + "Image");
  }

  private static String modelDataVariable(int position, ModelNames names) {
    return names.variable("container" + position + "ModelData");
  }

  private static String environmentVariable(int position, ModelNames names) {
    return names.variable("container" + position + "Environment");
  }

}
