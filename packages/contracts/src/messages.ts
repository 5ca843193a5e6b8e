/** The exact validation messages of DRF 3.14 and Django 4.2 that clients may show or match. */
export const MSG = {
  required: 'This field is required.',
  null: 'This field may not be null.',
  blank: 'This field may not be blank.',
  string: 'Not a valid string.',
  integer: 'A valid integer is required.',
  number: 'A valid number is required.',
  boolean: 'Must be a valid boolean.',
  url: 'Enter a valid URL.',
  email: 'Enter a valid email address.',
  datetime:
    'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].',
  maxLength: (n: number) => `Ensure this field has no more than ${n} characters.`,
  maxItems: (n: number) => `Ensure this field has no more than ${n} elements.`,
  maxValue: (n: number) => `Ensure this value is less than or equal to ${n}.`,
  minValue: (n: number) => `Ensure this value is greater than or equal to ${n}.`,
  notAList: (type: string) => `Expected a list of items but got type "${type}".`,
  notADict: (type: string) => `Invalid data. Expected a dictionary, but got ${type}.`,
} as const;

/** The prefix that marks an object-type failure, reported under `non_field_errors`. */
export const NOT_A_DICT_PREFIX = 'Invalid data. Expected a dictionary, but got ';

/** Python's name for the type of a JSON value, as DRF puts it in its messages. */
export function pythonTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (Array.isArray(value)) return 'list';
  switch (typeof value) {
    case 'string':
      return 'str';
    case 'boolean':
      return 'bool';
    case 'number':
      return Number.isInteger(value) ? 'int' : 'float';
    case 'object':
      return 'dict';
    default:
      return typeof value;
  }
}
