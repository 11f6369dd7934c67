import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { CurrentUser } from '../core/auth/current-user';
import { Session } from '../core/auth/session';
import { Shell } from './shell';

describe('Shell', () => {
  let fixture: ComponentFixture<Shell>;
  let signOut: ReturnType<typeof vi.fn>;

  async function render(user: CurrentUser): Promise<HTMLElement> {
    signOut = vi.fn().mockResolvedValue(undefined);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: Session, useValue: { user: signal(user), signOut } },
      ],
    });
    fixture = TestBed.createComponent(Shell);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  function navLabels(page: HTMLElement): string[] {
    return Array.from(page.querySelectorAll('nav a'), (link) => link.textContent?.trim() ?? '');
  }

  it('shows who is signed in', async () => {
    const page = await render({ username: 'alice', displayName: 'Alice Agent', roles: ['agent'] });

    expect(page.querySelector('[data-testid="current-user"]')?.textContent).toContain(
      'Alice Agent',
    );
  });

  it('links only to the areas the user may enter', async () => {
    const page = await render({
      username: 'sam',
      displayName: 'Sam',
      roles: ['agent', 'supervisor'],
    });

    expect(navLabels(page)).toEqual(['Agent', 'Supervisor']);
  });

  it('signs out and returns to the login page', async () => {
    const page = await render({ username: 'ada', displayName: 'Ada', roles: ['admin'] });
    const navigateByUrl = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);

    page.querySelector<HTMLButtonElement>('[data-testid="logout"]')?.click();
    await fixture.whenStable();

    expect(signOut).toHaveBeenCalledOnce();
    expect(navigateByUrl).toHaveBeenCalledWith('/login');
  });
});
