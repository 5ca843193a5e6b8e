/** Contacts inputs and outputs: people met during the search, their links to applications and
 * their interaction log. Field errors come back in DRF's shape, as everywhere else. */
import { INTERACTION_CHANNELS, isInteractionChannel, type InteractionChannel } from '@jobtracker/core';
import * as v from 'valibot';
import { char, datetime, dict, email, integer, text, url } from './fields.js';
import { describeJsonSchema } from './json-schema-registry.js';
import { dateTimeText, paginationQuery, queryParam, queryText } from './query.js';

/** Core's list, so the domain and the contract cannot drift apart. */
export { INTERACTION_CHANNELS } from '@jobtracker/core';

const optionalText = (max?: number) => v.optional(char({ ...(max ? { max } : {}), blank: true }));

/** Path ids are checked by the use case, after body validation, as for applications. */
const pathId = () => v.pipe(text(100), v.description('24 hex characters'));

const contactFields = {
  role: optionalText(200),
  company: optionalText(200),
  email: v.optional(email({ max: 254, blank: true })),
  phone: optionalText(50),
  profile_url: v.optional(url({ max: 500, blank: true })),
  notes: optionalText(),
};

export const ContactCreateInput = dict({
  name: char({ max: 200 }),
  ...contactFields,
});

/** PUT and PATCH: every field optional; sent fields replace the stored ones. */
export const ContactUpdateInput = dict({
  id: pathId(),
  name: v.optional(char({ max: 200 })),
  ...contactFields,
});

export const ContactIdInput = dict({ id: pathId() });

export const ContactListQuery = dict({
  ...paginationQuery,
  /** Literal, case-insensitive text over name, company, role and email. */
  q: queryParam(queryText(200)),
  /** Only the contacts linked to this application id. */
  application: queryParam(queryText(100)),
});

/** `{id}` is the contact, `application_id` the application to link or unlink. */
export const ContactLinkInput = dict({
  id: pathId(),
  application_id: pathId(),
});

/** The contacts of one application (its detail view); `{id}` is the application. */
export const ApplicationContactsInput = dict({ id: pathId() });

export const CHANNEL_MESSAGE = `Channel must be one of: ${INTERACTION_CHANNELS.join(', ')}`;

const channelField = () =>
  describeJsonSchema(
    v.pipe(
      char({ max: 20 }),
      v.check(isInteractionChannel, CHANNEL_MESSAGE),
      // Checked above: the output is core's channel type.
      v.transform((channel) => channel as InteractionChannel),
    ),
    { type: 'string', enum: [...INTERACTION_CHANNELS] },
  );

/** `date` defaults to the time of the request. */
export const ContactInteractionInput = dict({
  id: pathId(),
  date: v.optional(datetime()),
  channel: channelField(),
  note: optionalText(2000),
});

/** `{index}` counts from 0 in the log's (date) order. */
export const ContactInteractionDeleteInput = dict({
  id: pathId(),
  index: integer({ min: 0 }),
});

export const InteractionObject = v.object({
  date: dateTimeText,
  channel: v.picklist(INTERACTION_CHANNELS),
  note: v.string(),
});

/** Key order: id, user_id, name, role, company, email, phone, profile_url, notes,
 * application_ids, interactions, last_contacted, created_at, updated_at. */
export const ContactObject = v.object({
  id: v.string(),
  user_id: v.number(),
  name: v.string(),
  role: v.string(),
  company: v.string(),
  email: v.string(),
  phone: v.string(),
  profile_url: v.string(),
  notes: v.string(),
  application_ids: v.array(v.string()),
  interactions: v.array(InteractionObject),
  /** The latest interaction's date; null before the first. */
  last_contacted: v.nullable(dateTimeText),
  created_at: dateTimeText,
  updated_at: dateTimeText,
});

export const ContactListOutput = v.object({
  count: v.number(),
  next: v.nullable(v.number()),
  previous: v.nullable(v.number()),
  results: v.array(ContactObject),
});

export const ContactArrayOutput = v.array(ContactObject);

export type ContactCreateInput = v.InferOutput<typeof ContactCreateInput>;
export type ContactUpdateInput = v.InferOutput<typeof ContactUpdateInput>;
export type ContactListQuery = v.InferOutput<typeof ContactListQuery>;
export type ContactLinkInput = v.InferOutput<typeof ContactLinkInput>;
export type ContactInteractionInput = v.InferOutput<typeof ContactInteractionInput>;
export type ContactInteractionDeleteInput = v.InferOutput<typeof ContactInteractionDeleteInput>;
export type InteractionObject = v.InferOutput<typeof InteractionObject>;
export type ContactObject = v.InferOutput<typeof ContactObject>;
export type ContactListOutput = v.InferOutput<typeof ContactListOutput>;
