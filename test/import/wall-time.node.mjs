// A page's date without an offset ("2020-10-17 14:36") is the wall time the page says: shown as that
// day and time in every time zone, even at an hour the reader's zone skips for daylight saving.
// A date-time with an offset is an instant, shown in the reader's zone. (dist/shared/format.js, built by npm test.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

const zones = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

/** formatDate as a reader in `zone` sees it (Node reads TZ again whenever it changes). */
async function inZone(zone, iso, locale = 'en') {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    // A module of its own per zone: formatters are kept, and one made in another zone would keep that zone.
    const { formatDate } = await import(`../../dist/shared/format.js?zone=${zone}`);
    return formatDate(iso, locale);
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

describe('formatDate of page dates', () => {
  it('shows a zone-less date-time as its own day and time in every zone', async () => {
    for (const zone of zones) {
      assert.match(await inZone(zone, '2020-10-17T14:36'), /^October 17, 2020.+2:36\sPM$/, zone);
      assert.match(await inZone(zone, '2020-10-17T23:30:00'), /^October 17, 2020.+11:30\sPM$/, zone);
      assert.match(await inZone(zone, '2020-10-17T14:36', 'zh-CN'), /^2020年10月17日 14:36$/, zone);
    }
  });

  it('keeps a wall time that the reader\'s zone skips for daylight saving', async () => {
    // 02:30 on 14 March 2021 does not exist in New York: clocks went from 01:59 to 03:00.
    assert.match(await inZone('America/New_York', '2021-03-14T02:30'), /^March 14, 2021.+2:30\sAM$/);
  });

  it('shows a date-time with an offset as that instant in the reader\'s zone', async () => {
    assert.match(await inZone('America/New_York', '2020-10-17T14:36:00+08:00'), /^October 17, 2020.+2:36\sAM$/);
    assert.match(await inZone('Asia/Shanghai', '2020-10-17T06:36:00Z'), /^October 17, 2020.+2:36\sPM$/);
  });

  it('shows a date as its day in every zone', async () => {
    for (const zone of zones) assert.equal(await inZone(zone, '2020-10-17'), 'October 17, 2020', zone);
  });
});
