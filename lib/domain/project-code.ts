/** A project code as the documents write it (S21894; 2007–2013 codes such as S10398): the registry's key. */
export const PROJECT_CODE = /^[A-Z]{1,2}\d{4,6}$/;

export function isProjectCode(value: string): boolean {
  return PROJECT_CODE.test(value);
}
