import fc from 'fast-check';

/** A multipart/form-data body, well-formed or not, with the content type that announces it. */
export interface MultipartBody {
  contentType: string;
  body: Buffer;
}

const BOUNDARY = '----kpifuzz7MA4YWxkTrZu0gW';

const fileNames = fc.constantFrom(
  'figures.csv',
  'figures.xlsx',
  'scan.pdf',
  'photo.png',
  '../../etc/passwd',
  '..\\..\\boot.ini',
  'báo cáo 2020.xlsx',
  '',
  '.csv',
  'a'.repeat(1000) + '.csv',
  'no-extension',
  'x.exe',
  'semi;colon".csv',
);

/** File contents: random bytes, or a real file type's magic bytes followed by junk. */
const fileContents = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }).map((a) => Buffer.from(a)),
  fc
    .constantFrom('%PDF-1.7\n', 'PK\u0003\u0004', '\u0089PNG\r\n\u001a\n', '\uFEFFindicator,year,value\r\n', 'II*\u0000', 'RIFF\u0000\u0000\u0000\u0000WEBP')
    .chain((magic) => fc.uint8Array({ maxLength: 500 }).map((junk) => Buffer.concat([Buffer.from(magic, 'latin1'), Buffer.from(junk)]))),
  fc
    .constantFrom(
      'indicator,year,value\negov-rank,2021,12\n',
      'mã chỉ tiêu;năm;giá trị\r\negov-rank;2021;154.231\r\n',
      'code,year\n' + 'x,1\n'.repeat(3000),
      '',
    )
    .map((text) => Buffer.from(text, 'utf8')),
);

function part(name: string, fileName: string | null, content: Buffer): Buffer {
  const disposition = fileName === null ? `form-data; name="${name}"` : `form-data; name="${name}"; filename="${fileName}"`;
  return Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\nContent-Type: application/octet-stream\r\n\r\n`, 'utf8'),
    content,
    Buffer.from('\r\n'),
  ]);
}

export const multipartBodies: fc.Arbitrary<MultipartBody> = fc
  .record({
    fieldName: fc.constantFrom('file', 'file', 'upload', ''),
    fileName: fileNames,
    content: fileContents,
    extraFile: fc.boolean(),
    extraField: fc.boolean(),
    ending: fc.constantFrom('closed', 'closed', 'closed', 'truncated', 'wrong-boundary', 'no-boundary-param'),
  })
  .map(({ fieldName, fileName, content, extraFile, extraField, ending }) => {
    const parts = [part(fieldName, fileName, content)];
    if (extraFile) parts.push(part('file', 'second.csv', Buffer.from('a,b\n1,2\n')));
    if (extraField) parts.push(part('dryRun', null, Buffer.from('true')));
    const closing = ending === 'truncated' ? '' : `--${BOUNDARY}--\r\n`;
    const body = Buffer.concat([...parts, Buffer.from(closing)]);
    const contentType =
      ending === 'wrong-boundary'
        ? 'multipart/form-data; boundary=somethingelse'
        : ending === 'no-boundary-param'
          ? 'multipart/form-data'
          : `multipart/form-data; boundary=${BOUNDARY}`;
    return { contentType, body };
  });
