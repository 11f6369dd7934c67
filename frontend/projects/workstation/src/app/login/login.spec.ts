import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { CurrentUser } from '../core/auth/current-user';
import { Login } from './login';

const SUPERVISOR: CurrentUser = {
  username: 'sam',
  displayName: 'Sam Supervisor',
  roles: ['agent', 'supervisor'],
};

describe('Login', () => {
  let fixture: ComponentFixture<Login>;
  let http: HttpTestingController;
  let navigateByUrl: ReturnType<typeof vi.spyOn>;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    navigateByUrl = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture = TestBed.createComponent(Login);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function element<T extends HTMLElement>(selector: string): T {
    const found = (fixture.nativeElement as HTMLElement).querySelector<T>(selector);
    if (!found) {
      throw new Error(`No element matches ${selector}`);
    }
    return found;
  }

  function type(selector: string, value: string): void {
    const input = element<HTMLInputElement>(selector);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function errorText(): string | undefined {
    const error = (fixture.nativeElement as HTMLElement).querySelector(
      '[data-testid="login-error"]',
    );
    return error?.textContent?.trim();
  }

  /** Fills in and submits the form; resolves to the login request it sent. */
  async function submit(username: string, password: string): Promise<TestRequest> {
    type('#username', username);
    type('#password', password);
    element<HTMLButtonElement>('[data-testid="login-submit"]').click();
    // The form submits asynchronously, so wait (bounded) until the request has gone out.
    return vi.waitFor(() => http.expectOne('/api/auth/login'));
  }

  it('labels its inputs', () => {
    expect(element('label[for="username"]').textContent).toContain('Username');
    expect(element('label[for="password"]').textContent).toContain('Password');
  });

  it('signs in with the typed credentials and opens the home area', async () => {
    const request = await submit('sam', 'secret');
    expect(request.request.body).toEqual({ username: 'sam', password: 'secret' });

    request.flush(SUPERVISOR);
    await fixture.whenStable();

    expect(navigateByUrl).toHaveBeenCalledWith('/supervisor');
    expect(errorText()).toBeUndefined();
  });

  it('says so when the credentials are wrong', async () => {
    const request = await submit('sam', 'wrong');

    request.flush({ error: 'Bad credentials' }, { status: 401, statusText: 'Unauthorized' });
    await fixture.whenStable();

    expect(errorText()).toBe('Invalid username or password');
    expect(navigateByUrl).not.toHaveBeenCalled();
  });

  it('does not send an empty form and asks for the missing fields', async () => {
    element<HTMLButtonElement>('[data-testid="login-submit"]').click();
    await fixture.whenStable();

    http.expectNone('/api/auth/login');
    expect(element('#username-error').textContent).toContain('Enter your username.');
    expect(element('#password-error').textContent).toContain('Enter your password.');
  });
});
