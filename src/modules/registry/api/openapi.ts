// The OpenAPI 3.1 description of the public read-only API, served at /api/v1/openapi.json.
import { PERSON_STATUSES, FACILITY_KINDS, LETTERS_REACH } from '../registry.model.ts';

const nullableString = { type: ['string', 'null'] };
const names = (keys: string[]) => ({ type: 'object', properties: Object.fromEntries(keys.map((k) => [k, nullableString])) });
const error = { $ref: '#/components/schemas/Error' };
const json = (schema: object) => ({ 'application/json': { schema } });

export function openApiDocument(publicUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Solidarity Post registry API',
      version: '1.0.0',
      description: 'Read-only public data of the registry of people at risk. No account needed. Errors are JSON with a stable code.',
    },
    servers: [{ url: publicUrl }],
    paths: {
      '/api/v1/people': {
        get: {
          summary: 'Search people (best match first when q is given)',
          parameters: [
            { name: 'q', in: 'query', schema: { type: 'string' }, description: 'A name in any spelling: Cyrillic or Latin, any order, part of a name.' },
            { name: 'status', in: 'query', schema: { enum: PERSON_STATUSES } },
            { name: 'facility', in: 'query', schema: { type: 'string' }, description: 'Facility slug' },
            { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
          ],
          responses: {
            '200': {
              description: 'A page of people',
              content: json({
                type: 'object',
                required: ['items', 'total'],
                properties: { items: { type: 'array', items: { $ref: '#/components/schemas/PersonListItem' } }, total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' } },
              }),
            },
            '400': { description: 'Bad parameter', content: json(error) },
          },
        },
      },
      '/api/v1/people/{slug}': {
        get: {
          summary: 'One person, with the address to write to',
          parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'The person', content: json({ $ref: '#/components/schemas/Person' }) }, '404': { description: 'No such person', content: json(error) } },
        },
      },
      '/api/v1/facilities': {
        get: {
          summary: 'All facilities with the number of people held there now',
          responses: { '200': { description: 'Facilities', content: json({ type: 'object', properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Facility' } } } }) } },
        },
      },
      '/api/v1/letters/check': {
        post: {
          summary: 'The letter safety check: what could get a letter stopped by a prison censor or endanger its reader',
          description: 'Stateless: no session, no CSRF token, nothing stored. Rate-limited for the whole site (429).',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['text'],
                  properties: {
                    text: { type: 'string', minLength: 1, maxLength: 6000 },
                    lang: { type: 'string', enum: ['en', 'ru', 'be', 'uk', 'pl', 'de', 'fr', 'es'], description: "The writer's language: advice is written in it, and it breaks a tie in detecting the letter's language" },
                    kind: { type: 'string', enum: ['letter', 'postcard'], default: 'letter' },
                  },
                },
              },
            },
          },
          responses: {
            '200': {
              description: 'The detected language, whether a volunteer must translate, and each finding with its place in the text (UTF-16 offsets)',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      language: { type: 'string', enum: ['en', 'ru', 'be', 'uk', 'pl', 'de', 'fr', 'es'] },
                      needsTranslation: { type: 'boolean' },
                      findings: {
                        type: 'array',
                        items: {
                          type: 'object',
                          properties: {
                            code: { type: 'string', enum: ['politics', 'case', 'insult', 'war', 'cipher', 'link', 'phone', 'foreign', 'obscenity', 'too_long'] },
                            message: { type: 'string' },
                            start: { type: 'integer' },
                            end: { type: 'integer' },
                            excerpt: { type: 'string' },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
            '400': { description: 'Missing or too long text (`api.bad_request`)' },
            '429': { description: 'The site-wide budget is spent (`api.rate_limited`)' },
          },
        },
      },
      '/api/v1/birthdays': {
        get: {
          summary: 'Birthdays of people in custody, in date order',
          parameters: [
            { name: 'from', in: 'query', schema: { type: 'string', format: 'date' }, description: 'First day (default: today)' },
            { name: 'days', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 366, default: 60 } },
          ],
          responses: {
            '200': {
              description: 'Birthdays',
              content: json({
                type: 'object',
                properties: {
                  from: { type: 'string', format: 'date' },
                  days: { type: 'integer' },
                  items: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: { date: { type: 'string', format: 'date' }, slug: { type: 'string' }, name: { type: 'string' }, age: { type: ['integer', 'null'] }, url: { type: 'string' }, address: { $ref: '#/components/schemas/Address' } },
                    },
                  },
                },
              }),
            },
            '400': { description: 'Bad parameter', content: json(error) },
          },
        },
      },
      '/api/v1/export.json': { get: { summary: 'Open-data export of every public field (JSON)', responses: { '200': { description: 'All people' } } } },
      '/api/v1/export.csv': { get: { summary: 'Open-data export of every public field (CSV, UTF-8)', responses: { '200': { description: 'All people', content: { 'text/csv': {} } } } } },
    },
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: { error: { type: 'object', required: ['code'], properties: { code: { type: 'string', examples: ['api.not_found', 'api.bad_request'] }, message: { type: 'string' } } } },
        },
        PersonListItem: {
          type: 'object',
          required: ['slug', 'name', 'names', 'status'],
          properties: { slug: { type: 'string' }, name: { type: 'string' }, names: names(['be', 'ru', 'latin']), status: { enum: PERSON_STATUSES }, facility: nullableString, birthDate: { ...nullableString, description: 'YYYY-MM-DD, YYYY-MM or YYYY when partly known' } },
        },
        Address: {
          type: ['object', 'null'],
          properties: { recipient: { type: 'string' }, lines: { type: 'array', items: { type: 'string' } }, verified: { type: 'boolean' } },
          description: 'Copy exactly: Cyrillic lines, the country line in Latin capitals. For Russia the recipient is in the dative case.',
        },
        Facility: {
          type: 'object',
          properties: { slug: { type: 'string' }, names: names(['be', 'ru', 'en']), kind: { enum: FACILITY_KINDS }, country: { type: 'string' }, postalCode: nullableString, region: nullableString, city: nullableString, street: nullableString, held: { type: 'integer' } },
        },
        Person: {
          type: 'object',
          properties: {
            slug: { type: 'string' },
            name: { type: 'string' },
            names: names(['be', 'ru', 'latin']),
            status: { enum: PERSON_STATUSES },
            birthDate: nullableString,
            arrestedOn: nullableString,
            articles: { type: 'array' },
            letters: { type: 'object', properties: { reach: { enum: LETTERS_REACH }, note: nullableString } },
            facility: { oneOf: [{ $ref: '#/components/schemas/Facility' }, { type: 'null' }] },
            address: { $ref: '#/components/schemas/Address' },
            photo: {
              oneOf: [{ type: 'object', properties: { url: { type: 'string' }, width: { type: 'integer' }, height: { type: 'integer' } } }, { type: 'null' }],
              description: 'Re-encoded JPEG without metadata; the URL is relative to this server.',
            },
          },
        },
      },
    },
  };
}
