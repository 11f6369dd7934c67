import { EntryPointError, loadEntryPoint } from './entry-point';
import { SUPPORT } from './testing/fixtures';

describe('loading the entry point', () => {
  function answering(response: Response | Error): typeof fetch {
    return vi.fn(async () => {
      if (response instanceof Error) {
        throw response;
      }
      return response;
    });
  }

  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });

  it('reads the configuration from the server base', async () => {
    const fetchFn = answering(json(SUPPORT));

    const entryPoint = await loadEntryPoint(
      'https://parley.example',
      'support',
      'https://shop.example',
      fetchFn,
    );

    expect(fetchFn).toHaveBeenCalledWith(
      'https://parley.example/api/visitor/entry-points/support',
      expect.anything(),
    );
    expect(entryPoint).toEqual(SUPPORT);
  });

  it('fills in what the server left out', async () => {
    const entryPoint = await loadEntryPoint(
      'https://p.example',
      'sales',
      'https://shop.example',
      answering(json({ texts: { title: 'Sales' }, menu: { options: [{ id: 'x' }] } })),
    );

    expect(entryPoint.name).toBe('sales');
    expect(entryPoint.texts.title).toBe('Sales');
    expect(entryPoint.texts.launcher).toBe('Chat with us');
    expect(entryPoint.menu.options).toEqual([]);
    expect(entryPoint.preChat).toEqual({ name: 'HIDDEN', email: 'HIDDEN' });
    expect(entryPoint.attachments).toEqual({ maxBytes: 0, types: [] });
  });

  it('reads the channels offered, when the server names them', async () => {
    const entryPoint = await loadEntryPoint(
      'https://p.example',
      'sales',
      'https://shop.example',
      answering(json({ ...SUPPORT, channels: ['CHAT', 'VIDEO', 'FAX'] })),
    );

    expect(entryPoint.channels).toEqual(['CHAT', 'VIDEO']);
  });

  it('says which origin is not allowed on 403', async () => {
    const loading = loadEntryPoint(
      'https://p.example',
      'support',
      'https://evil.example',
      answering(json({ error: 'origin not allowed' }, 403)),
    );

    await expect(loading).rejects.toThrow(EntryPointError);
    await expect(loading).rejects.toThrow(
      `Parley widget: this page's origin (https://evil.example) is not allowed for entry point "support"`,
    );
  });

  it('names the HTTP status of any other failure', async () => {
    await expect(
      loadEntryPoint('https://p.example', 'nope', 'https://shop.example', answering(json({}, 404))),
    ).rejects.toThrow('HTTP 404');
  });

  it('names both likely causes when the request fails outright', async () => {
    const loading = loadEntryPoint(
      'https://p.example',
      'support',
      'https://shop.example',
      answering(new TypeError('Failed to fetch')),
    );

    await expect(loading).rejects.toThrow(
      /not allowed for entry point "support".*cannot be reached/,
    );
  });

  it('refuses an answer that is not a JSON object', async () => {
    await expect(
      loadEntryPoint(
        'https://p.example',
        'support',
        'https://shop.example',
        answering(new Response('<html>')),
      ),
    ).rejects.toThrow('did not answer a JSON object');
  });
});
