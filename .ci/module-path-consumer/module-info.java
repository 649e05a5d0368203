/**
 * A program that uses Leicestershire Cares from the module path, as an application with a module
 * of its own would: it requires the published modules by name and nothing else. Built and run by
 * {@code .ci/module-path}.
 */
module modulepath.consumer {
  requires uk.co.leicestershirecares.json;
  requires uk.co.leicestershirecares.rules;
}
