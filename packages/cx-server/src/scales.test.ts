// @vitest-environment node
import { contactChannels as cxChannels, feedbackKinds as cxKinds, standardScales as cxScales } from '@polku/cx';
import { describe, expect, it } from 'vitest';
import { feedbackResponseJsonSchema } from './schema';
import { contactChannels, feedbackKinds, standardScales } from './scales';

describe('the receiver mirrors @polku/cx', () => {
  it('has the same kinds, standard scales and contact channels as @polku/cx', () => {
    expect(feedbackKinds).toEqual(cxKinds);
    expect(standardScales).toEqual(cxScales);
    expect(contactChannels).toEqual(cxChannels);
  });

  it('publishes the schema as JSON Schema: one strict object per kind with its scale', () => {
    interface KindSchema {
      properties: Record<string, Record<string, unknown>> & { kind: { const: string } };
      additionalProperties: boolean;
      required: string[];
    }
    const schema = feedbackResponseJsonSchema as unknown as { oneOf: KindSchema[] };
    expect(schema.oneOf).toHaveLength(feedbackKinds.length);
    const nps = schema.oneOf.find((option) => option.properties.kind.const === 'nps')!;
    expect(nps.additionalProperties).toBe(false);
    expect(nps.properties.score).toMatchObject({ type: 'integer', minimum: 0, maximum: 10 });
    expect(nps.required).toEqual(expect.arrayContaining(['id', 'kind', 'scale', 'score', 'locale', 'createdAt']));
    expect(nps.properties.id!.format).toBe('uuid');
  });
});
