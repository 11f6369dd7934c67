import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { Session } from './session';
import { sessionExpiryInterceptor } from './session-expiry-interceptor';

describe('sessionExpiryInterceptor', () => {
  let http: HttpTestingController;
  let session: { clear: ReturnType<typeof vi.fn> };
  let navigateByUrl: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    session = { clear: vi.fn() };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([sessionExpiryInterceptor])),
        provideHttpClientTesting(),
        { provide: Session, useValue: session },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    navigateByUrl = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
  });

  afterEach(() => http.verify());

  async function answer401(url: string): Promise<void> {
    const response = firstValueFrom(TestBed.inject(HttpClient).get(url));
    http.expectOne(url).flush({ error: 'Not signed in' }, { status: 401, statusText: '' });
    await expect(response).rejects.toMatchObject({ status: 401 });
  }

  it('ends the session and shows the login page when an API call gets 401', async () => {
    await answer401('/api/queues');

    expect(session.clear).toHaveBeenCalledOnce();
    expect(navigateByUrl).toHaveBeenCalledWith('/login');
  });

  it('leaves a 401 from the auth endpoints to their caller', async () => {
    await answer401('/api/auth/me');

    expect(session.clear).not.toHaveBeenCalled();
    expect(navigateByUrl).not.toHaveBeenCalled();
  });

  it('leaves other errors alone', async () => {
    const response = firstValueFrom(TestBed.inject(HttpClient).get('/api/queues'));
    http.expectOne('/api/queues').flush(null, { status: 500, statusText: 'Server Error' });
    await expect(response).rejects.toMatchObject({ status: 500 });

    expect(session.clear).not.toHaveBeenCalled();
    expect(navigateByUrl).not.toHaveBeenCalled();
  });
});
