import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';

interface Operation {
  tags?: string[];
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, { properties?: Record<string, unknown> }> } }> };
  responses: Record<string, unknown>;
}

describe('the indicator definition routes in the OpenAPI document', () => {
  it('are listed under catalogue with the definition contract as their body and their refusals', async () => {
    const { app } = await testApp();
    const doc = (await app.inject('/docs/json')).json() as { paths: Record<string, Record<string, Operation>> };
    const entry = doc.paths['/api/indicator-definitions/{code}'];
    expect(Object.keys(entry ?? {}).sort()).toEqual(['get', 'put']);
    expect(entry?.put?.tags).toEqual(['catalogue']);
    const body = entry?.put?.requestBody?.content['application/json']?.schema.properties;
    expect(Object.keys(body?.definition?.properties ?? {})).toEqual(
      expect.arrayContaining(['code', 'name', 'kind', 'unit', 'aggregation', 'methodNote', 'dataSource', 'responsibleUnit', 'continues', 'retiredFrom']),
    );
    expect(Object.keys(entry?.put?.responses ?? {})).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '409']));
    for (const action of ['publish', 'return', 'retire']) {
      expect(doc.paths[`/api/indicator-definitions/{code}/${action}`]?.post?.tags).toEqual(['catalogue']);
    }
    expect(doc.paths['/api/indicator-definitions']?.get?.tags).toEqual(['catalogue']);
  });
});
