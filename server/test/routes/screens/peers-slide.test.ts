import { screenContentSchema, screenIssuedSchema } from '@kpi/shared';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/app.js';
import { signInAll } from '../../support/users.js';

describe('a peers slide', () => {
  it('carries the ranks of its peer set in the screen’s content, readable with the token alone', async () => {
    const { app } = await testApp();
    const { admin } = await signInAll(app);
    const created = await app.inject({
      method: 'POST',
      url: '/api/screens',
      headers: { cookie: admin },
      payload: { name: 'Phòng họp', playlist: [{ type: 'headline' }, { type: 'peers', index: 'dti', peers: 'quang-ninh' }] },
    });
    expect(created.statusCode).toBe(201);
    const issued = screenIssuedSchema.parse(created.json());
    const content = screenContentSchema.parse((await app.inject(`/api/screens/${issued.screen.id}/content?token=${issued.token}`)).json());
    const ranks = content.peerRanks?.['dti:quang-ninh'];
    expect(ranks?.ranks.filter((r) => r.province === 'lang-son').map((r) => r.rank)).toEqual([16, 5, 6, 4]);
    expect(ranks?.ranks.filter((r) => r.province === 'quang-ninh')).toMatchObject([{ year: 2022, rank: 3 }]);
  });

  it('is refused by field when it names no peer set or an unknown index', async () => {
    const { app } = await testApp();
    const { admin } = await signInAll(app);
    const res = await app.inject({
      method: 'POST',
      url: '/api/screens',
      headers: { cookie: admin, 'accept-language': 'vi' },
      payload: { name: 'Phòng họp', playlist: [{ type: 'peers', index: 'pci', peers: '' }] },
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['playlist.0.index', 'playlist.0.peers']);
  });
});
