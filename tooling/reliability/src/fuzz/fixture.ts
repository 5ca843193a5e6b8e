/** The data the fuzz cases point at: the fuzz user's token and its records (so generated
 * requests reach the use cases and the store), and another user's ids. */
export type FuzzFixture = {
  token: string;
  ownApplications: string[];
  ownCompanies: string[];
  otherApplication: string;
  otherCompany: string;
  /** Media paths (`/media/uploads/<user>/<kind>/<file>`) of the fuzz user and of the other one. */
  ownFile: string;
  otherFile: string;
};
