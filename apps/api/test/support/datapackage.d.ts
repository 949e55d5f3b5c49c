/** The parts of the Frictionless `datapackage` library (no types of its own) the tests use. */
declare module 'datapackage' {
  interface Resource {
    read(options?: { keyed?: boolean; cast?: boolean; relations?: boolean }): Promise<Record<string, unknown>[]>;
  }
  interface Package {
    valid: boolean;
    errors: Error[];
    resourceNames: string[];
    getResource(name: string): Resource;
  }
  const datapackage: {
    Package: { load(descriptor: string | object, options?: { basePath?: string }): Promise<Package> };
  };
  export default datapackage;
}
