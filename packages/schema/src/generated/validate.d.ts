// Hand-written: the shape shared by both generated standalone validators.
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}
