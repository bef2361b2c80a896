package io.github.sagemakercdk.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic.Kind;

/**
 * javac only: finds the source tree of an annotation value with {@link Trees} and prints there.
 *
 * <p>Needed because javac's {@code Messager} pairs an annotation mirror with its tree by annotation type, and
 * the {@code @Containers} that javac synthesizes around repeated {@code @Container}s has no tree: every message
 * on one of them would land on the class line. Here the {@code @Container} is found by its occurrence in source
 * order instead, then the attribute's assignment, then the entry of an array value. An {@code @AutoScaling} is
 * found the same way inside the {@code autoScaling} arrays of the real-time endpoint annotations. Messages on a
 * method ({@code @CustomizeStack}) are left to {@code Messager}, which places them on the method's name.
 *
 * <p>The only class that touches {@code com.sun.source}; {@link CompilerSupport#detect} loads it by name and
 * only when {@link Trees#instance} accepts the environment, so other compilers never link it.
 */
final class JavacCompilerSupport implements CompilerSupport {
  private final Trees trees;

  JavacCompilerSupport(ProcessingEnvironment environment) {
    this.trees = Trees.instance(environment);
  }

  @Override
  public Optional<Path> sourceFile(TypeElement type) {
    TreePath path = trees.getPath(type);
    if (path == null) {
      return Optional.empty();
    }
    URI uri = path.getCompilationUnit().getSourceFile().toUri();
    return "file".equals(uri.getScheme()) ? Optional.of(Path.of(uri)) : Optional.empty();
  }

  @Override
  public boolean print(Kind kind, String message, Site site) {
    if (site.annotation().kind() == AnnotationRef.Kind.NONE || site.method() != null) {
      return false; // Messager places messages on a class or a method well.
    }
    TreePath classPath = trees.getPath(site.type());
    if (classPath == null || !(classPath.getLeaf() instanceof ClassTree classTree)) {
      return false;
    }
    TreePath modifiers = new TreePath(classPath, classTree.getModifiers());
    AnnotationTree annotation = annotation(modifiers, site.annotation());
    if (annotation == null) {
      return false;
    }
    trees.printMessage(kind, message, valueTree(annotation, site), classPath.getCompilationUnit());
    return true;
  }

  private AnnotationTree annotation(TreePath modifiers, AnnotationRef ref) {
    List<? extends AnnotationTree> annotations = ((ModifiersTree) modifiers.getLeaf()).getAnnotations();
    return switch (ref.kind()) {
      case MODEL -> first(modifiers, annotations, AnnotationNames.MODEL);
      case ENDPOINT -> first(modifiers, annotations, AnnotationNames.ENDPOINT);
      case REALTIME_ENDPOINT -> first(modifiers, annotations, AnnotationNames.REALTIME_ENDPOINT);
      case SERVERLESS_ENDPOINT -> first(modifiers, annotations, AnnotationNames.SERVERLESS_ENDPOINT);
      case DATA_CAPTURE -> first(modifiers, annotations, AnnotationNames.DATA_CAPTURE);
      case SHADOW_VARIANT -> first(modifiers, annotations, AnnotationNames.SHADOW_VARIANT);
      case AUTO_SCALING -> autoScaling(modifiers, annotations, ref.occurrence());
      case ASYNC_ENDPOINT -> first(modifiers, annotations, AnnotationNames.ASYNC_ENDPOINT);
      case BLUE_GREEN_DEPLOYMENT -> first(modifiers, annotations, AnnotationNames.BLUE_GREEN_DEPLOYMENT);
      case ROLLING_DEPLOYMENT -> first(modifiers, annotations, AnnotationNames.ROLLING_DEPLOYMENT);
      case INFERENCE_COMPONENT_ENDPOINT -> first(modifiers, annotations, AnnotationNames.INFERENCE_COMPONENT_ENDPOINT);
      case INFERENCE_COMPONENT -> first(modifiers, annotations, AnnotationNames.INFERENCE_COMPONENT);
      case BACKLOG_SCALING ->
          backlogScaling(first(modifiers, annotations, AnnotationNames.ASYNC_ENDPOINT), ref.occurrence());
      case CONTAINER -> {
        List<AnnotationTree> containers = containersInSourceOrder(modifiers, annotations);
        yield ref.occurrence() < containers.size() ? containers.get(ref.occurrence()) : null;
      }
      case NONE, HOOK -> null;
    };
  }

  private AnnotationTree first(TreePath modifiers, List<? extends AnnotationTree> annotations, String qualifiedName) {
    for (AnnotationTree annotation : annotations) {
      if (isA(modifiers, annotation, qualifiedName)) {
        return annotation;
      }
    }
    return null;
  }

  /**
   * The {@code @AutoScaling} at this index among those of the real-time endpoint annotations' {@code autoScaling}
   * arrays (each written in braces or alone), in source order.
   */
  private AnnotationTree autoScaling(TreePath modifiers, List<? extends AnnotationTree> annotations, int occurrence) {
    List<ExpressionTree> entries = new ArrayList<>();
    for (AnnotationTree annotation : annotations) {
      if (isA(modifiers, annotation, AnnotationNames.REALTIME_ENDPOINT)
          || isA(modifiers, annotation, AnnotationNames.ENDPOINT)) {
        ExpressionTree value = argument(annotation, "autoScaling");
        if (value instanceof NewArrayTree array) {
          if (array.getInitializers() != null) {
            entries.addAll(array.getInitializers());
          }
        } else if (value != null) {
          entries.add(value);
        }
      }
    }
    return occurrence < entries.size() && entries.get(occurrence) instanceof AnnotationTree nested ? nested : null;
  }

  /** The {@code @BacklogScaling} at this index of the {@code @AsyncEndpoint}'s {@code autoScaling}. */
  private static AnnotationTree backlogScaling(AnnotationTree asyncEndpoint, int occurrence) {
    ExpressionTree value = asyncEndpoint == null ? null : argument(asyncEndpoint, "autoScaling");
    List<? extends ExpressionTree> entries =
        value instanceof NewArrayTree array ? array.getInitializers() : value == null ? List.of() : List.of(value);
    return entries != null && occurrence < entries.size() && entries.get(occurrence) instanceof AnnotationTree nested
        ? nested
        : null;
  }

  /** Every {@code @Container}, written alone or inside an explicit {@code @Containers}, in source order. */
  private List<AnnotationTree> containersInSourceOrder(TreePath modifiers, List<? extends AnnotationTree> annotations) {
    List<AnnotationTree> containers = new ArrayList<>();
    for (AnnotationTree annotation : annotations) {
      if (isA(modifiers, annotation, AnnotationNames.CONTAINER)) {
        containers.add(annotation);
      } else if (isA(modifiers, annotation, AnnotationNames.CONTAINERS)) {
        ExpressionTree value = argument(annotation, "value");
        List<? extends ExpressionTree> nested =
            value instanceof NewArrayTree array ? array.getInitializers() : value == null ? List.of() : List.of(value);
        for (ExpressionTree entry : nested) {
          if (entry instanceof AnnotationTree container) {
            containers.add(container);
          }
        }
      }
    }
    return containers;
  }

  private boolean isA(TreePath modifiers, AnnotationTree annotation, String qualifiedName) {
    TypeMirror type = trees.getTypeMirror(new TreePath(modifiers, annotation));
    if (type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element) {
      return element.getQualifiedName().contentEquals(qualifiedName);
    }
    // Not attributed (should not happen once processors run): go by the name as written.
    String written = annotation.getAnnotationType().toString();
    return qualifiedName.equals(written) || qualifiedName.endsWith("." + written);
  }

  /** The narrowest tree for the site: the entry, else the attribute's value, else the annotation. */
  private static Tree valueTree(AnnotationTree annotation, Site site) {
    if (site.attribute() == null) {
      return annotation;
    }
    ExpressionTree value = argument(annotation, site.attribute());
    if (value == null) {
      return annotation; // Not written: the default applies, the annotation is the place.
    }
    if (site.entry() < 0) {
      return value;
    }
    if (value instanceof NewArrayTree array) {
      List<? extends ExpressionTree> entries = array.getInitializers();
      return entries != null && site.entry() < entries.size() ? entries.get(site.entry()) : value;
    }
    return value; // A single entry written without braces.
  }

  /** The value written for an attribute: {@code name = value}, or the lone value of {@code value}. */
  private static ExpressionTree argument(AnnotationTree annotation, String attribute) {
    for (ExpressionTree argument : annotation.getArguments()) {
      if (argument instanceof AssignmentTree assignment) {
        if (assignment.getVariable() instanceof IdentifierTree name && name.getName().contentEquals(attribute)) {
          return assignment.getExpression();
        }
      } else if (attribute.equals("value")) {
        return argument;
      }
    }
    return null;
  }
}
