import {
  AttachmentBlobs,
  UploadError,
  attachmentProblem,
  formatBytes,
  uploadAttachment,
} from './attachments';

describe('attachments', () => {
  const rules = { maxBytes: 5 * 1024 * 1024, types: ['image/png', 'application/pdf'] };

  it('formats sizes for people', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(52_311)).toBe('51 KB');
    expect(formatBytes(7.2 * 1024 * 1024)).toBe('7.2 MB');
    expect(formatBytes(25 * 1024 * 1024)).toBe('25 MB');
  });

  it('refuses files over the size limit before uploading, naming both sizes', () => {
    expect(
      attachmentProblem({ name: 'big.png', size: 7.2 * 1024 * 1024, type: 'image/png' }, rules),
    ).toBe('“big.png” is 7.2 MB; files can be at most 5 MB.');
    expect(
      attachmentProblem({ name: 'ok.png', size: 5 * 1024 * 1024, type: 'image/png' }, rules),
    ).toBeNull();
  });

  it('refuses types the entry point does not take, but leaves unknown types to the server', () => {
    expect(
      attachmentProblem({ name: 'a.exe', size: 10, type: 'application/x-msdownload' }, rules),
    ).toContain('not a kind of file we accept');
    expect(attachmentProblem({ name: 'scan', size: 10, type: '' }, rules)).toBeNull();
    expect(
      attachmentProblem({ name: 'empty.pdf', size: 0, type: 'application/pdf' }, rules),
    ).toContain('empty');
  });

  describe('uploading', () => {
    const file = new File(['%PDF-1.7'], 'invoice.pdf', { type: 'application/pdf' });

    it('posts the raw file with the bearer token and answers what was stored', async () => {
      const stored = { id: 'a-1', name: 'invoice.pdf', type: 'application/pdf', size: 8 };
      const fetchFn = vi.fn(async () => new Response(JSON.stringify(stored), { status: 201 }));

      await expect(
        uploadAttachment('https://p.example', 'c-1', 't-1', file, fetchFn),
      ).resolves.toEqual(stored);

      expect(fetchFn).toHaveBeenCalledWith(
        'https://p.example/api/visitor/conversations/c-1/attachments?name=invoice.pdf',
        {
          method: 'POST',
          headers: { Authorization: 'Bearer t-1', 'Content-Type': 'application/pdf' },
          body: file,
        },
      );
    });

    it.each([
      [413, 'is too large'],
      [415, 'not a kind of file we accept'],
      [500, 'HTTP 500'],
    ])('explains a %i', async (status, reason) => {
      const fetchFn = vi.fn(async () => new Response('', { status }));

      const upload = uploadAttachment('https://p.example', 'c-1', 't-1', file, fetchFn);

      await expect(upload).rejects.toThrow(UploadError);
      await expect(upload).rejects.toThrow(reason);
    });

    it('explains a failed connection', async () => {
      const fetchFn = vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      });

      await expect(
        uploadAttachment('https://p.example', 'c-1', 't-1', file, fetchFn),
      ).rejects.toThrow('the connection failed');
    });
  });

  describe('AttachmentBlobs', () => {
    it('fetches each attachment once with the token and hands out an object URL', async () => {
      const fetchFn = vi.fn(async () => new Response(new Blob(['png'])));
      const objectUrls = { createObjectURL: vi.fn(() => 'blob:1'), revokeObjectURL: vi.fn() };
      const changed = vi.fn();
      const blobs = new AttachmentBlobs(
        'https://p.example',
        () => 't-1',
        fetchFn,
        changed,
        objectUrls,
      );

      expect(blobs.url('a-1')).toBe('loading');
      expect(blobs.url('a-1')).toBe('loading');
      await vi.waitFor(() => expect(changed).toHaveBeenCalled());

      expect(blobs.url('a-1')).toBe('blob:1');
      expect(fetchFn).toHaveBeenCalledTimes(1);
      expect(fetchFn).toHaveBeenCalledWith('https://p.example/api/visitor/attachments/a-1', {
        headers: { Authorization: 'Bearer t-1' },
      });

      blobs.revokeAll();
      expect(objectUrls.revokeObjectURL).toHaveBeenCalledWith('blob:1');
    });

    it('reports a failed download', async () => {
      const changed = vi.fn();
      const blobs = new AttachmentBlobs(
        'https://p.example',
        () => 't-1',
        vi.fn(async () => new Response('', { status: 403 })),
        changed,
      );

      blobs.url('a-1');
      await vi.waitFor(() => expect(changed).toHaveBeenCalled());

      expect(blobs.url('a-1')).toBe('failed');
    });
  });
});
