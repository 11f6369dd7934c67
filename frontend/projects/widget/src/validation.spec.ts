import { emailProblem, looksLikeEmail, nameProblem, textProblem } from './validation';

describe('form checks', () => {
  it('takes e-mail addresses that look like x@y.z', () => {
    expect(looksLikeEmail('ann@example.com')).toBe(true);
    expect(looksLikeEmail('a.b+c@mail.example.co.uk')).toBe(true);
    for (const bad of [
      'ann',
      'ann@example',
      'ann@@example.com',
      'a n@example.com',
      '@x.y',
      'a@x.',
    ]) {
      expect(looksLikeEmail(bad), bad).toBe(false);
    }
  });

  it('asks for a required e-mail and explains a malformed one', () => {
    expect(emailProblem('', true)).toBe('Please enter your e-mail address.');
    expect(emailProblem('', false)).toBeNull();
    expect(emailProblem('ann', false)).toContain('like name@example.com');
    expect(emailProblem('ann@example.com', true)).toBeNull();
  });

  it('takes names of up to 100 characters', () => {
    expect(nameProblem('a'.repeat(100), true)).toBeNull();
    expect(nameProblem('a'.repeat(101), false)).toBe('Please use at most 100 characters.');
    expect(nameProblem('', true)).toBe('Please enter your name.');
    expect(nameProblem('', false)).toBeNull();
  });

  it('limits free text', () => {
    expect(textProblem('', true, 10)).toBe('Please write a message.');
    expect(textProblem('', false, 10)).toBeNull();
    expect(textProblem('x'.repeat(11), false, 10)).toBe('Please use at most 10 characters.');
  });
});
