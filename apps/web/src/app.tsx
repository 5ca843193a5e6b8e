/** The first screen: sign in, then see who you are. The full tracker UI comes in a later issue. */
import { useEffect, useState, type FormEvent } from 'react';
import { trpc } from './trpc.js';

type Me = Awaited<ReturnType<typeof trpc.auth.me.query>>;

function errorText(error: unknown): string {
  const data = (error as { data?: { contract?: Record<string, unknown> } }).data;
  const body = data?.contract;
  if (body && typeof body['detail'] === 'string') return body['detail'];
  if (body) return Object.values(body).flat().join(' ');
  return 'Something went wrong. Please try again.';
}

export function App() {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    trpc.auth.me
      .query()
      .then(setMe)
      .catch(() => setMe(null))
      .finally(() => setLoading(false));
  }, []);

  async function signIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    try {
      const result = await trpc.auth.login.mutate({ email: String(form.get('email')), password: String(form.get('password')) });
      setMe(result.user);
    } catch (caught) {
      setError(errorText(caught));
    }
  }

  async function signOut() {
    await trpc.auth.signOut.mutate();
    setMe(null);
  }

  if (loading) return <main className="card">Loading…</main>;
  if (me) {
    return (
      <main className="card">
        <h1>Job Tracker</h1>
        <p data-testid="welcome">Signed in as {me.full_name} ({me.email})</p>
        <button onClick={signOut}>Sign out</button>
        <p className="muted">
          API docs: <a href="/api/docs/">Swagger UI</a> · <a href="/api/redoc/">ReDoc</a>
        </p>
      </main>
    );
  }
  return (
    <main className="card">
      <h1>Job Tracker</h1>
      <form onSubmit={signIn}>
        <label>
          Email <input name="email" type="email" autoComplete="username" required />
        </label>
        <label>
          Password <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit">Sign in</button>
      </form>
      <p className="muted">
        API docs: <a href="/api/docs/">Swagger UI</a> · <a href="/api/redoc/">ReDoc</a>
      </p>
    </main>
  );
}
