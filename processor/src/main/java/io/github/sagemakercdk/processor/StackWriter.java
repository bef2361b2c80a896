package io.github.sagemakercdk.processor;

import static io.github.sagemakercdk.processor.StringLiterals.literal;

import static io.github.sagemakercdk.processor.GeneratedTypes.BUCKET;
import static io.github.sagemakercdk.processor.GeneratedTypes.CONSTRUCT;
import static io.github.sagemakercdk.processor.GeneratedTypes.CONTAINER_DEFINITION;
import static io.github.sagemakercdk.processor.GeneratedTypes.CONTAINER_IMAGE;
import static io.github.sagemakercdk.processor.GeneratedTypes.CONTAINER_MODE;
import static io.github.sagemakercdk.processor.GeneratedTypes.FRAMEWORK_IMAGE_OPTIONS;
import static io.github.sagemakercdk.processor.GeneratedTypes.GENERATED;
import static io.github.sagemakercdk.processor.GeneratedTypes.INFERENCE_EXECUTION_MODE;
import static io.github.sagemakercdk.processor.GeneratedTypes.IROLE;
import static io.github.sagemakercdk.processor.GeneratedTypes.I_MODEL_PACKAGE;
import static io.github.sagemakercdk.processor.GeneratedTypes.LINKED_HASH_MAP;
import static io.github.sagemakercdk.processor.GeneratedTypes.LIST;
import static io.github.sagemakercdk.processor.GeneratedTypes.MAP;
import static io.github.sagemakercdk.processor.GeneratedTypes.MODEL;
import static io.github.sagemakercdk.processor.GeneratedTypes.MODEL_DATA;
import static io.github.sagemakercdk.processor.GeneratedTypes.MODEL_DATA_COMPRESSION;
import static io.github.sagemakercdk.processor.GeneratedTypes.MODEL_PACKAGE;
import static io.github.sagemakercdk.processor.GeneratedTypes.MODEL_PACKAGE_ATTRIBUTES;
import static io.github.sagemakercdk.processor.GeneratedTypes.MODEL_PROPS;
import static io.github.sagemakercdk.processor.GeneratedTypes.MODEL_STACK_FACTORY;
import static io.github.sagemakercdk.processor.GeneratedTypes.REPOSITORY;
import static io.github.sagemakercdk.processor.GeneratedTypes.REPOSITORY_ATTRIBUTES;
import static io.github.sagemakercdk.processor.GeneratedTypes.S3_DATA_SOURCE_OPTIONS;
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
      if (container.image() != null) {
        code.addStatement("$T $L = $L", CONTAINER_IMAGE, imageVariable(position, names),
            image(container.image(), position, names));
      }
      if (container.modelData() != null) {
        code.addStatement("$T $L = $L", MODEL_DATA, modelDataVariable(position, names),
            modelData(container, position, names));
      }
      if (container.modelPackageArn() != null) {
        code.addStatement("$T $L = $L", I_MODEL_PACKAGE, modelPackageVariable(position, names),
            modelPackage(container, position, names));
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
    if (image instanceof ImageSource.Framework framework) {
      return frameworkImage(framework);
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

  /** The version as the rules resolved it (never an alias); the options as the reference gave them. */
  private static CodeBlock frameworkImage(ImageSource.Framework framework) {
    String name = framework.image().framework();
    String version = framework.image().version();
    if (framework.processor() == null && framework.python() == null) {
      return CodeBlock.of("$T.fromFramework($L, $L)", CONTAINER_IMAGE, literal(name), literal(version));
    }
    CodeBlock.Builder options = CodeBlock.builder().add("$T.builder()", FRAMEWORK_IMAGE_OPTIONS);
    if (framework.processor() != null) {
      options.add(".processor($L)", literal(framework.processor()));
    }
    if (framework.python() != null) {
      options.add(".pythonVersion($L)", literal(framework.python()));
    }
    return CodeBlock.of("$T.fromFramework($L, $L,\n$>$>$L.build())$<$<", CONTAINER_IMAGE, literal(name),
        literal(version), options.build());
  }

  private static CodeBlock modelData(ContainerPlan container, int position, ModelNames names) {
    ModelDataSource modelData = container.modelData();
    String kmsKey = container.modelDataKmsKey();
    if (modelData instanceof ModelDataSource.Asset asset) {
      return CodeBlock.of("$T.fromAsset($L)", MODEL_DATA, literal(asset.file()));
    }
    if (modelData instanceof ModelDataSource.Uncompressed files) {
      return dataSource(bucket(files.bucket(), position, names), files.keyOrPrefix(), false, container, position, names);
    }
    ModelDataSource.S3 s3 = (ModelDataSource.S3) modelData;
    CodeBlock bucket = bucket(s3.bucket(), position, names);
    if (container.acceptEula()) {
      // Only ModelDataSource carries the license: the archive becomes a Gzip S3 data source.
      return dataSource(bucket, s3.key(), true, container, position, names);
    }
    String factory = container.multiModel() ? "fromBucketPrefix" : "fromBucket";
    if (kmsKey != null) {
      return CodeBlock.of("$T.$L(\n$L, $L,\n$L)", MODEL_DATA, factory, bucket, literal(s3.key()),
          SettingsWriter.key(names.id("Container" + position + "ModelDataKey"), kmsKey));
    }
    return CodeBlock.of("$T.$L(\n$L, $L)", MODEL_DATA, factory, bucket, literal(s3.key()));
  }

  /**
   * {@code ModelPackage.fromModelPackageArn(...)}, or {@code fromModelPackageAttributes(...)} with the image and
   * model data the package holds, so that the model's role may pull and read them.
   */
  private static CodeBlock modelPackage(ContainerPlan container, int position, ModelNames names) {
    String id = names.id("Container" + position + "ModelPackage");
    if (container.image() == null && container.modelData() == null) {
      return CodeBlock.of("$T.fromModelPackageArn(this, $L,\n$L)", MODEL_PACKAGE, literal(id),
          literal(container.modelPackageArn()));
    }
    CodeBlock.Builder code = CodeBlock.builder()
        .add("$T.fromModelPackageAttributes(this, $L, $T.builder()\n$>$>", MODEL_PACKAGE, literal(id),
            MODEL_PACKAGE_ATTRIBUTES)
        .add(".modelPackageArn($L)\n", literal(container.modelPackageArn()));
    if (container.image() != null) {
      code.add(".image($L)\n", imageVariable(position, names));
    }
    if (container.modelData() != null) {
      code.add(".modelData($L)\n", modelDataVariable(position, names));
    }
    return code.add(".build())$<$<").build();
  }

  private static CodeBlock bucket(String name, int position, ModelNames names) {
    return CodeBlock.of("$T.fromBucketName(this, $L, $L)",
        BUCKET, literal(names.id("Container" + position + "ModelDataBucket")), literal(name));
  }

  /** {@code ModelData.fromS3DataSource(bucket, key[, options])}, with only the options given. */
  private static CodeBlock dataSource(CodeBlock bucket, String keyOrPrefix, boolean gzip, ContainerPlan container,
      int position, ModelNames names) {
    CodeBlock.Builder options = CodeBlock.builder();
    if (gzip) {
      options.add(".compression($T.GZIP)\n", MODEL_DATA_COMPRESSION);
    }
    if (container.acceptEula()) {
      options.add(".acceptEula(true)\n");
    }
    if (container.modelDataKmsKey() != null) {
      options.add(".encryptionKey($L)\n",
          SettingsWriter.key(names.id("Container" + position + "ModelDataKey"), container.modelDataKmsKey()));
    }
    if (options.isEmpty()) {
      return CodeBlock.of("$T.fromS3DataSource(\n$L, $L)", MODEL_DATA, bucket, literal(keyOrPrefix));
    }
    return CodeBlock.builder()
        .add("$T.fromS3DataSource(\n$L, $L,\n", MODEL_DATA, bucket, literal(keyOrPrefix))
        .add("$T.builder()\n$>$>", S3_DATA_SOURCE_OPTIONS)
        .add(options.build())
        .add(".build()$<$<)")
        .build();
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
      if (container.modelPackageArn() != null) {
        // The package supplies image and model data: what the plan holds of them is for the package's grants.
        code.add(".modelPackage($L)\n", modelPackageVariable(position, names));
      } else {
        code.add(".image($L)\n", imageVariable(position, names));
        if (container.modelData() != null) {
          code.add(".modelData($L)\n", modelDataVariable(position, names));
        }
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

  private static String modelPackageVariable(int position, ModelNames names) {
    return names.variable("container" + position + "ModelPackage");
  }

  private static String environmentVariable(int position, ModelNames names) {
    return names.variable("container" + position + "Environment");
  }

}
