// A Gradle build (Kotlin DSL) for a project of @SageMakerModel classes: the same set-up as the README's Maven one.
// `gradle synth` compiles the models (the processor generates a stack per model) and synthesizes them all.
plugins {
    java
}

repositories {
    mavenCentral()
    mavenLocal() // sagemaker-cdk 0.1.0-SNAPSHOT: run `mvn install` in the sagemaker-cdk repository first
}

val sagemakerCdkVersion = "0.1.0-SNAPSHOT"

dependencies {
    implementation("io.github.sagemakercdk:sagemaker-cdk-annotations:$sagemakerCdkVersion")
    implementation("io.github.sagemakercdk:sagemaker-cdk-runtime:$sagemakerCdkVersion")
    // The processor runs inside the compiler only: it is on no class path of the app.
    annotationProcessor("io.github.sagemakercdk:sagemaker-cdk-processor:$sagemakerCdkVersion")
}

tasks.withType<JavaCompile>().configureEach {
    options.release.set(17)
    options.encoding = "UTF-8"
}

tasks.named<JavaCompile>("compileJava") {
    // Relative asset: paths resolve against this folder (else the nearest build.gradle(.kts) above a model's source).
    options.compilerArgs.add("-Asagemaker.projectDir=${project.projectDir}")
    // Generated stacks land in build/generated/sources/annotationProcessor/java/main (Gradle's default, shown here).
    options.generatedSourceOutputDirectory.set(layout.buildDirectory.dir("generated/sources/annotationProcessor/java/main"))
}

// One JVM synthesizes every model of the project into one cloud assembly ($CDK_OUTDIR under `cdk synth`).
tasks.register<JavaExec>("synth") {
    group = "cdk"
    description = "Synthesizes every @SageMakerModel stack with io.github.sagemakercdk.SageMakerApp."
    classpath = sourceSets["main"].runtimeClasspath
    mainClass.set("io.github.sagemakercdk.SageMakerApp")
    workingDir = project.projectDir
    environment("CDK_OUTDIR", System.getenv("CDK_OUTDIR") ?: layout.projectDirectory.dir("cdk.out").asFile.path)
}
