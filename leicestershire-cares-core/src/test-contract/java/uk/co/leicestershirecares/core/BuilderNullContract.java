package uk.co.leicestershirecares.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Covers every value type's builder, method by method: a {@code null} field, a {@code null} list
 * element and a {@code null} value for an optional field are rejected with an {@link
 * InvalidRecordException} naming the field, and a required field left unset is named by {@code
 * build()}. The documented exceptions throw a {@link NullPointerException}, which Guava's {@link
 * NullPointerTester} checks: a {@code null} {@code Optional}, list or array passed as a whole (the
 * generated method unwraps it first), and a {@code null} element of a list declared as Guava's
 * {@code ImmutableList} (the policy's results, whose lists Guava's builder checks).
 *
 * <p>Each module with value types extends this with the list of its builders (core's {@code
 * BuilderNullTest}, the report module's {@code ReportBuilderNullTest}); both compile this file
 * into their tests from core's {@code src/test-contract/java}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BuilderNullContract {
  /** The value types to cover: {@code builder(Type.class, Type::builder)} each. */
  protected abstract Stream<Arguments> builders();

  /** One value type and a supplier of its new builders. */
  protected static Arguments builder(Class<?> type, Supplier<?> newBuilder) {
    return Arguments.of(type.getSimpleName(), type, newBuilder);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builders")
  public void everyMethodGivenNull_isRejectedNamingItsField(
      String name, Class<?> type, Supplier<?> newBuilder) throws Exception {
    Class<?> builderClass = newBuilder.get().getClass();
    Set<String> fields = accessors(type);
    Set<String> named = new HashSet<>();
    for (Method method : setters(builderClass)) {
      Class<?> parameter = method.getParameterTypes()[0];
      String field = parameter == type ? "instance" : fieldOf(method.getName(), type, fields);
      boolean generated = method.getDeclaringClass() != builderClass;
      if (generated && (parameter == Optional.class || parameter.isArray()
          || Iterable.class.isAssignableFrom(parameter))) {
        new NullPointerTester().testMethodParameter(newBuilder.get(), method, 0);
      } else if (parameter.isArray()) {
        assertRejected(newBuilder.get(), method, null, field);
      }
      // One null element, in an array or a list: the element is what is checked.
      Object oneNull = parameter.isArray()
          ? Array.newInstance(parameter.getComponentType(), 1) : Collections.singletonList(null);
      boolean guavaList = !field.equals("instance")
          && type.getMethod(field).getReturnType() == ImmutableList.class;
      boolean many = parameter.isArray() || Iterable.class.isAssignableFrom(parameter);
      if (guavaList) {
        assertThatThrownBy(() -> invoke(newBuilder.get(), method, many ? oneNull : null))
            .isInstanceOf(NullPointerException.class);
      } else if (many) {
        assertRejected(newBuilder.get(), method, oneNull, field);
      } else if (parameter != Optional.class) {
        assertRejected(newBuilder.get(), method, null, field);
      }
      named.add(field);
    }
    Set<String> objectFields = Arrays.stream(type.getMethods())
        .filter(m -> fields.contains(m.getName()) && !m.getReturnType().isPrimitive())
        .map(Method::getName)
        .collect(Collectors.toSet());
    assertThat(named).as("fields of %s with a setter taking an object", name)
        .containsAll(objectFields);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builders")
  public void buildWithNothingSet_namesARequiredField_orBuilds(
      String name, Class<?> type, Supplier<?> newBuilder) throws Exception {
    Object builder = newBuilder.get();
    Method build = builder.getClass().getMethod("build");
    Throwable thrown = catchThrowable(() -> build.invoke(builder));
    if (thrown == null) {
      return;
    }
    assertThat(thrown).isInstanceOf(InvocationTargetException.class);
    assertThat(thrown.getCause()).isInstanceOf(InvalidRecordException.class);
    assertThat(accessors(type)).contains(((InvalidRecordException) thrown.getCause()).field());
  }

  private static void assertRejected(Object builder, Method method, Object argument, String field) {
    Throwable thrown = catchThrowable(() -> invoke(builder, method, argument));
    String call = method + " given " + Arrays.deepToString(new Object[] {argument});
    assertThat(thrown).as(call).isInstanceOf(InvalidRecordException.class);
    assertThat(((InvalidRecordException) thrown).field()).as(call).isEqualTo(field);
    assertThat(thrown.getMessage()).as(call).startsWith(field + " ");
  }

  /** Calls {@code method}, throwing what it throws. */
  private static void invoke(Object builder, Method method, Object argument) throws Throwable {
    try {
      method.invoke(builder, argument);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** The builder's public methods taking one object: setters, adders and {@code from}. */
  private static List<Method> setters(Class<?> builder) {
    return Arrays.stream(builder.getMethods())
        .filter(m -> m.getDeclaringClass() != Object.class)
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 1 && !m.getParameterTypes()[0].isPrimitive())
        .collect(Collectors.toList());
  }

  /**
   * The value type's fields: its public accessors that the generated {@code ImmutableX} implements
   * (abstract ones and those with a default).
   */
  private static Set<String> accessors(Class<?> type) throws ClassNotFoundException {
    Class<?> generated = Class.forName(
        type.getPackageName() + ".Immutable" + type.getSimpleName(), false, type.getClassLoader());
    Set<String> implemented = Arrays.stream(generated.getDeclaredMethods())
        .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
        .map(Method::getName)
        .collect(Collectors.toSet());
    return Arrays.stream(type.getMethods())
        .filter(m -> m.getParameterCount() == 0 && implemented.contains(m.getName()))
        .map(Method::getName)
        .filter(name -> !Set.of("toString", "hashCode").contains(name))
        .collect(Collectors.toSet());
  }

  /**
   * The field a builder method sets: its name, or for {@code addReason}, {@code addReasons} and
   * {@code addAllReasons} the list {@code reasons}.
   */
  private static String fieldOf(String method, Class<?> type, Set<String> fields)
      throws NoSuchMethodException {
    String stem = method.startsWith("addAll") ? method.substring(6)
        : method.startsWith("add") ? method.substring(3) : method;
    String name = Character.toLowerCase(stem.charAt(0)) + stem.substring(1);
    if (fields.contains(name)) {
      return name;
    }
    List<String> lists = new ArrayList<>();
    for (String field : fields) {
      boolean list = List.class.isAssignableFrom(type.getMethod(field).getReturnType());
      if (list && field.startsWith(name)) {
        lists.add(field);
      }
    }
    assertThat(lists).as("the list %s adds to", method).hasSize(1);
    return lists.get(0);
  }

}
