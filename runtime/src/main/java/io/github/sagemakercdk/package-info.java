/**
 * The Amazon SageMaker construct library for the AWS CDK in Java: {@link io.github.sagemakercdk.Model} with
 * its containers' {@link io.github.sagemakercdk.ContainerImage} and {@link io.github.sagemakercdk.ModelData},
 * and {@link io.github.sagemakercdk.SageMakerApp}, the one app for every model stack of a project.
 */
package io.github.sagemakercdk;
