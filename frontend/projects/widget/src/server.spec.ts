import { attachmentUrl, entryPointUrl, serverBase, uploadUrl, visitorSocketUrl } from './server';

describe('the Parley server seen from a customer page', () => {
  function script(src?: string): Element {
    const element = document.createElement('script');
    if (src !== undefined) {
      element.setAttribute('src', src);
    }
    return element;
  }

  it('is the origin of the widget script, not of the page', () => {
    expect(
      serverBase(script('https://parley.example/widget.js'), 'https://shop.example/help'),
    ).toBe('https://parley.example');
    expect(serverBase(script('http://localhost:8080/widget.js?v=2'), 'http://127.0.0.1/')).toBe(
      'http://localhost:8080',
    );
  });

  it('resolves a relative src against the page', () => {
    expect(serverBase(script('/widget.js'), 'https://shop.example/help/')).toBe(
      'https://shop.example',
    );
  });

  it('is unknown without a src or with one that is not http(s)', () => {
    expect(serverBase(null, 'https://shop.example/')).toBeNull();
    expect(serverBase(script(), 'https://shop.example/')).toBeNull();
    expect(serverBase(script('data:text/javascript,1'), 'https://shop.example/')).toBeNull();
  });

  it('builds the socket URL with the scheme that matches the server', () => {
    expect(visitorSocketUrl('https://parley.example', 'support')).toBe(
      'wss://parley.example/ws/visitor/support',
    );
    expect(visitorSocketUrl('http://localhost:8080', 'sales desk')).toBe(
      'ws://localhost:8080/ws/visitor/sales%20desk',
    );
  });

  it('builds the REST URLs with their parts encoded', () => {
    expect(entryPointUrl('https://p.example', 'support')).toBe(
      'https://p.example/api/visitor/entry-points/support',
    );
    expect(uploadUrl('https://p.example', 'c-1', 'my photo&.png')).toBe(
      'https://p.example/api/visitor/conversations/c-1/attachments?name=my%20photo%26.png',
    );
    expect(attachmentUrl('https://p.example', 'a/1')).toBe(
      'https://p.example/api/visitor/attachments/a%2F1',
    );
  });
});
