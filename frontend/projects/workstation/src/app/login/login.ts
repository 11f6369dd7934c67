import { Component, inject, signal } from '@angular/core';
import { FieldTree, FormField, FormRoot, form, required } from '@angular/forms/signals';
import { Router } from '@angular/router';
import { homeAreaFor } from '../core/auth/areas';
import { Credentials } from '../core/auth/current-user';
import { Session } from '../core/auth/session';

const FAILURE_MESSAGES = {
  'invalid-credentials': 'Invalid username or password',
  unavailable: 'Parley cannot be reached right now. Please try again.',
  'no-area': 'Your account has no Parley role yet. Ask an administrator for access.',
} as const;

@Component({
  selector: 'parley-login',
  imports: [FormField, FormRoot],
  templateUrl: './login.html',
  styleUrl: './login.css',
})
export class Login {
  private readonly session = inject(Session);
  private readonly router = inject(Router);

  protected readonly failure = signal<string | null>(null);
  protected readonly loginForm = form(
    signal<Credentials>({ username: '', password: '' }),
    (credentials) => {
      required(credentials.username, { message: 'Enter your username.' });
      required(credentials.password, { message: 'Enter your password.' });
    },
    { submission: { action: (credentials) => this.signIn(credentials().value()) } },
  );

  protected showErrors(field: FieldTree<string>): boolean {
    return field().touched() && field().invalid();
  }

  private async signIn(credentials: Credentials): Promise<undefined> {
    this.failure.set(null);
    const result = await this.session.signIn(credentials);
    if (!result.ok) {
      this.failure.set(FAILURE_MESSAGES[result.reason]);
      return;
    }
    const home = homeAreaFor(result.user);
    if (home === null) {
      await this.session.signOut();
      this.failure.set(FAILURE_MESSAGES['no-area']);
      return;
    }
    await this.router.navigateByUrl(home);
  }
}
