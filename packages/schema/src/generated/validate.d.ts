// Hand-written: the shape shared by the generated standalone validator and the structure interpreter.
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
