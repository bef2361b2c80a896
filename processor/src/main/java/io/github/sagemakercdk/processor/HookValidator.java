package io.github.sagemakercdk.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks the {@code @CustomizeStack} methods of a class: a class with {@code @SageMakerModel}, and each method of the
 * one shape the generated stack can call, {@code static void name(<Model>Stack stack)}, not private, without type
 * parameters or checked exceptions. A method of another shape is one error on the method, saying what is wrong and
 * naming the signature to write.
 *
 * <p>The parameter's type is the stack this very compile generates, so in the first round the compiler knows it only
 * as an error type: it is taken when its name is the stack's (simple, or qualified as it will be). When the stack is
 * already compiled (an incremental build), it is a real type, and its qualified name must be the stack's.
 */
final class HookValidator {
  /**
   * Simple names that, inside the generated stack, mean one of its member types: its own {@code Factory}, and the
   * {@code Builder} it inherits from aws-cdk-lib's {@code Stack}. A model class of such a name is reachable from the
   * stack only by its qualified name, which a class of the unnamed package does not have.
   */
  static final Set<String> NAMES_OF_STACK_MEMBERS = Set.of("Factory", "Builder");

  private final Types types;
  private final Elements elements;

  HookValidator(Types types, Elements elements) {
    this.types = types;
    this.elements = elements;
  }

  /**
   * Whether a method names an exception type the compiler cannot resolve yet: whether it is checked is unknown, so
   * the class waits for a later round (if the type never appears, the compiler reports it).
   */
  static boolean waitsForTypes(List<HookDeclaration> hooks) {
    return hooks.stream()
        .flatMap(hook -> hook.method().getThrownTypes().stream())
        .anyMatch(thrown -> thrown.getKind() == TypeKind.ERROR);
  }

  /** The report on the class's methods, with the calls for the stack to make, in order, when it has no problems. */
  ValidationReport<Hooks> validate(ModelDeclaration model, List<HookDeclaration> hooks) {
    TypeElement type = model.type();
    ValidationReport.Builder report = ValidationReport.about(type);
    String stack = StackPlan.stackClassName(type);
    String packageName = elements.getPackageOf(type).getQualifiedName().toString();
    String qualifiedStack = packageName.isEmpty() ? stack : packageName + "." + stack;
    for (HookDeclaration hook : hooks) {
      if (!model.hasModelAnnotation()) {
        report.error(hook.site(), Problem.HOOK_WITHOUT_MODEL.message(hook.name(), type.getQualifiedName()));
        continue;
      }
      List<String> wrong = shapeProblems(hook.method(), stack, qualifiedStack);
      if (!wrong.isEmpty()) {
        report.error(hook.site(), Problem.HOOK_SIGNATURE.message(
            hook.name(), type.getQualifiedName(), sentence(wrong), stack, hook.name(), stack));
      } else if (packageName.isEmpty() && NAMES_OF_STACK_MEMBERS.contains(type.getSimpleName().toString())) {
        report.error(hook.site(), Problem.HOOK_CLASS_UNREACHABLE.message(
            stack, hook.name(), type.getSimpleName(), stack + "." + type.getSimpleName()));
      }
    }
    return report.build(() -> {
      List<Element> called = new ArrayList<>(List.of(type));
      hooks.forEach(hook -> called.add(hook.method()));
      return new Hooks(hooks.stream().map(HookDeclaration::name).toList(), warningsOfCalling(called));
    });
  }

  /**
   * The warnings the generated calls would give (generated code must compile without any), so that the stack
   * suppresses exactly those: a suppression that suppresses nothing is itself a warning under ecj.
   */
  private List<String> warningsOfCalling(List<Element> called) {
    Set<String> warnings = new TreeSet<>();
    for (Element element : called) {
      if (elements.isDeprecated(element)) {
        warnings.add(forRemoval(element) ? "removal" : "deprecation");
      }
    }
    return List.copyOf(warnings);
  }

  private static boolean forRemoval(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (AnnotationNames.of(mirror).equals(Deprecated.class.getName())) {
        AnnotationValue value = AnnotationValues.written(mirror, "forRemoval");
        return value != null && Boolean.TRUE.equals(value.getValue());
      }
    }
    return false;
  }

  /** What keeps the stack from calling the method as {@code Model.method(this)}, one phrase each. */
  private List<String> shapeProblems(ExecutableElement method, String stack, String qualifiedStack) {
    List<String> wrong = new ArrayList<>();
    Set<Modifier> modifiers = method.getModifiers();
    if (modifiers.contains(Modifier.PRIVATE)) {
      wrong.add("is private");
    }
    if (!modifiers.contains(Modifier.STATIC)) {
      wrong.add("is not static");
    }
    if (method.getReturnType().getKind() != TypeKind.VOID) {
      wrong.add("returns " + method.getReturnType());
    }
    if (!method.getTypeParameters().isEmpty()) {
      wrong.add("declares the type parameters <" + method.getTypeParameters().stream()
          .map(parameter -> parameter.getSimpleName().toString()).collect(Collectors.joining(", ")) + ">");
    }
    List<? extends VariableElement> parameters = method.getParameters();
    if (parameters.size() != 1) {
      wrong.add(parameters.isEmpty() ? "takes no parameter" : "takes " + parameters.size() + " parameters");
    } else if (!isStack(parameters.get(0).asType(), stack, qualifiedStack)) {
      wrong.add("takes a " + parameters.get(0).asType());
    }
    List<String> checked = method.getThrownTypes().stream()
        .filter(this::isChecked)
        .map(TypeMirror::toString)
        .toList();
    if (!checked.isEmpty()) {
      wrong.add("throws the checked " + (checked.size() == 1 ? "exception " : "exceptions ")
          + String.join(", ", checked));
    }
    return wrong;
  }

  /** Whether the type is the generated stack: by name while it is not generated yet, else by qualified name. */
  private static boolean isStack(TypeMirror type, String stack, String qualifiedStack) {
    if (type.getKind() == TypeKind.ERROR) {
      String written = type.toString();
      return written.equals(stack) || written.equals(qualifiedStack);
    }
    return type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).asElement() instanceof TypeElement element
        && element.getQualifiedName().contentEquals(qualifiedStack);
  }

  private boolean isChecked(TypeMirror thrown) {
    return thrown.getKind() != TypeKind.ERROR
        && !types.isSubtype(thrown, elements.getTypeElement(RuntimeException.class.getName()).asType())
        && !types.isSubtype(thrown, elements.getTypeElement(Error.class.getName()).asType());
  }

  /** "a", "a and b", "a, b and c". */
  private static String sentence(List<String> phrases) {
    if (phrases.size() == 1) {
      return phrases.get(0);
    }
    return String.join(", ", phrases.subList(0, phrases.size() - 1)) + " and " + phrases.get(phrases.size() - 1);
  }
}
