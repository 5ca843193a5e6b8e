import { sign } from 'hono/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATETIME } from '../test-support/contract-text.js';
import { createTestApp, jwtPayload, TEST_SIGNING_KEY, type TestApp } from '../test-support/test-app.js';

const USER_KEYS = [
  'id', 'email', 'first_name', 'last_name', 'full_name', 'phone', 'location', 'linkedin_url', 'github_url',
  'portfolio_url', 'current_role', 'years_of_experience', 'bio', 'skills', 'resume_url', 'is_active',
  'date_joined', 'updated_at', 'last_login',
];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('POST /api/auth/register/', () => {
  it('creates the user and answers 201 with nested tokens in the contract shape', async () => {
    const res = await t.call('POST', '/api/auth/register/', {
      body: { email: 'New.Person@EXAMPLE.com', password: 'SecurePass123!', password_confirm: 'SecurePass123!', first_name: ' Ada ', last_name: 'Lovelace' },
    });
    expect(res.status).toBe(201);
    expect(Object.keys(res.json)).toEqual(['user', 'tokens', 'message']);
    expect(res.json.message).toBe('User registered successfully');
    expect(Object.keys(res.json.user)).toEqual(USER_KEYS);
    expect(res.json.user).toMatchObject({
      email: 'New.Person@example.com',
      first_name: 'Ada',
      full_name: 'Ada Lovelace',
      skills: [],
      years_of_experience: 0,
      phone: null,
      is_active: true,
      last_login: null,
    });
    expect(res.json.user.date_joined).toMatch(DATETIME);
    const access = jwtPayload(res.json.tokens.access);
    expect(access).toMatchObject({ token_type: 'access', user_id: res.json.user.id });
    expect(access['jti']).toMatch(/^[0-9a-f]{32}$/);
    expect((access['exp'] as number) - (access['iat'] as number)).toBe(60 * 60);
    expect(access).not.toHaveProperty('email');
    const refresh = jwtPayload(res.json.tokens.refresh);
    expect(refresh['token_type']).toBe('refresh');
    expect((refresh['exp'] as number) - (refresh['iat'] as number)).toBe(7 * 24 * 60 * 60);
  });

  it('reports every field error together, password rules as a list', async () => {
    const res = await t.call('POST', '/api/auth/register/', { body: { email: 'not-an-email', first_name: '   ', last_name: 'x'.repeat(151) } });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({
      email: ['Enter a valid email address.'],
      password: ['This field is required.'],
      password_confirm: ['This field is required.'],
      first_name: ['This field may not be blank.'],
      last_name: ['Ensure this field has no more than 150 characters.'],
    });
  });

  it('applies Django password validators', async () => {
    const res = await t.call('POST', '/api/auth/register/', {
      body: { email: 'digits@example.com', password: '12345678', password_confirm: '12345678', first_name: 'A', last_name: 'B' },
    });
    expect(res.status).toBe(400);
    expect(res.json.password).toEqual(['This password is too common.', 'This password is entirely numeric.']);
    const short = await t.call('POST', '/api/auth/register/', {
      body: { email: 'short@example.com', password: '9071', password_confirm: '9071', first_name: 'A', last_name: 'B' },
    });
    expect(short.json.password).toEqual([
      'This password is too short. It must contain at least 8 characters.',
      'This password is entirely numeric.',
    ]);
    const common = await t.call('POST', '/api/auth/register/', {
      body: { email: 'common@example.com', password: 'Password123', password_confirm: 'Password123', first_name: 'A', last_name: 'B' },
    });
    expect(common.json).toEqual({ password: ['This password is too common.'] });
  });

  it('checks the confirmation only when every field is valid', async () => {
    const res = await t.call('POST', '/api/auth/register/', {
      body: { email: 'mismatch@example.com', password: 'SecurePass123!', password_confirm: 'Other123!!', first_name: 'A', last_name: 'B' },
    });
    expect(res).toMatchObject({ status: 400, json: { password: ["Password fields didn't match."] } });
  });

  it('refuses a duplicate email, also when it differs only in the domain case', async () => {
    const { email } = await t.registerUser({ email: 'dup@example.com' });
    for (const candidate of [email, 'dup@EXAMPLE.COM', 'DUP@example.com']) {
      const res = await t.call('POST', '/api/auth/register/', {
        body: { email: candidate, password: 'SecurePass123!', password_confirm: 'SecurePass123!', first_name: 'A', last_name: 'B' },
      });
      expect(res).toMatchObject({ status: 400, json: { email: ['User with this email already exists.'] } });
    }
  });

  it('ignores server-owned fields (mass assignment)', async () => {
    const res = await t.call('POST', '/api/auth/register/', {
      body: {
        email: 'mass@example.com', password: 'SecurePass123!', password_confirm: 'SecurePass123!', first_name: 'A', last_name: 'B',
        id: 999, is_active: false, is_staff: true, is_superuser: true, skills: ['x'], date_joined: '2000-01-01',
      },
    });
    expect(res.status).toBe(201);
    expect(res.json.user.id).not.toBe(999);
    expect(res.json.user.is_active).toBe(true);
    expect(res.json.user.skills).toEqual([]);
    expect(res.json.user.date_joined.startsWith('2000')).toBe(false);
  });

  it('ignores a stale Authorization header on a public endpoint', async () => {
    const res = await t.call('POST', '/api/auth/register/', {
      token: 'garbage',
      body: { email: 'stale@example.com', password: 'SecurePass123!', password_confirm: 'SecurePass123!', first_name: 'A', last_name: 'B' },
    });
    expect(res.status).toBe(201);
  });
});

describe('POST /api/auth/login/', () => {
  it('answers tokens at the top level, sets last_login and adds identity claims', async () => {
    const { email, password } = await t.registerUser({ first_name: 'Grace', last_name: 'Hopper' });
    const res = await t.login(email, password);
    expect(res.status).toBe(200);
    expect(Object.keys(res.json)).toEqual(['refresh', 'access', 'user']);
    expect(res.json.user.last_login).toMatch(DATETIME);
    expect(jwtPayload(res.json.access)).toMatchObject({ email, full_name: 'Grace Hopper', token_type: 'access' });
    expect(jwtPayload(res.json.refresh)).toMatchObject({ email, full_name: 'Grace Hopper', token_type: 'refresh' });
  });

  it('answers 401 without revealing whether the account exists', async () => {
    const { email } = await t.registerUser();
    const wrong = await t.login(email, 'WrongPass123!');
    const unknown = await t.login('nobody@example.com', 'WrongPass123!');
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.json).toEqual({ detail: 'No active account found with the given credentials' });
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="api"');
    }
  });

  it('requires both fields', async () => {
    const res = await t.call('POST', '/api/auth/login/', { body: { email: '' } });
    expect(res).toMatchObject({ status: 400, json: { email: ['This field may not be blank.'], password: ['This field is required.'] } });
  });

  it('trims the password as the original does', async () => {
    const { email, password } = await t.registerUser();
    expect((await t.login(email, `  ${password} `)).status).toBe(200);
  });
});

describe('POST /api/auth/refresh/', () => {
  it('rotates: a new pair, and the old refresh token is blacklisted', async () => {
    const { email, password } = await t.registerUser();
    const { refresh } = (await t.login(email, password)).json;
    const res = await t.call('POST', '/api/auth/refresh/', { body: { refresh } });
    expect(res.status).toBe(200);
    expect(Object.keys(res.json)).toEqual(['access', 'refresh']);
    const oldClaims = jwtPayload(refresh);
    const newClaims = jwtPayload(res.json.refresh);
    expect(newClaims['jti']).not.toBe(oldClaims['jti']);
    expect(newClaims).toMatchObject({ user_id: oldClaims['user_id'], email, full_name: oldClaims['full_name'] });
    expect(jwtPayload(res.json.access)).toMatchObject({ token_type: 'access', email });

    const reused = await t.call('POST', '/api/auth/refresh/', { body: { refresh } });
    expect(reused).toMatchObject({ status: 401, json: { detail: 'Token is blacklisted', code: 'token_not_valid' } });
    expect((await t.call('GET', '/api/auth/user/', { token: res.json.access })).status).toBe(200);
  });

  it('lets only one of two concurrent refreshes with the same token win', async () => {
    const { refresh } = await t.registerUser();
    const results = await Promise.all([1, 2, 3].map(() => t.call('POST', '/api/auth/refresh/', { body: { refresh } })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 401, 401]);
  });

  it('answers the contract errors for bad tokens', async () => {
    const { access } = await t.registerUser();
    expect(await t.call('POST', '/api/auth/refresh/', { body: {} })).toMatchObject({ status: 400, json: { refresh: ['This field is required.'] } });
    expect(await t.call('POST', '/api/auth/refresh/', { body: { refresh: 'nope' } })).toMatchObject({
      status: 401,
      json: { detail: 'Token is invalid or expired', code: 'token_not_valid' },
    });
    expect(await t.call('POST', '/api/auth/refresh/', { body: { refresh: access } })).toMatchObject({
      status: 401,
      json: { detail: 'Token has wrong type', code: 'token_not_valid' },
    });
  });
});

describe('POST /api/auth/logout/', () => {
  it('blacklists the refresh token and revokes the session at once', async () => {
    const { email, password } = await t.registerUser();
    const { access, refresh } = (await t.login(email, password)).json;
    const res = await t.call('POST', '/api/auth/logout/', { token: access, body: { refresh } });
    expect(res).toMatchObject({ status: 200, json: { message: 'Logout successful' } });
    const after = await t.call('GET', '/api/auth/user/', { token: access });
    expect(after.status).toBe(401);
    expect(after.json.code).toBe('token_not_valid');
    expect(await t.call('POST', '/api/auth/refresh/', { body: { refresh } })).toMatchObject({ status: 401, json: { detail: 'Token is blacklisted' } });
  });

  it('needs a refresh token, and only the caller\'s own', async () => {
    const me = await t.registerUser();
    const other = await t.registerUser();
    expect(await t.call('POST', '/api/auth/logout/', { token: me.access, body: {} })).toMatchObject({ status: 400, json: { error: 'Refresh token is required' } });
    expect(await t.call('POST', '/api/auth/logout/', { token: me.access, body: { refresh: '' } })).toMatchObject({ status: 400, json: { error: 'Refresh token is required' } });
    expect(await t.call('POST', '/api/auth/logout/', { token: me.access, body: { refresh: 'junk' } })).toMatchObject({ status: 400, json: { error: 'Token is invalid or expired' } });
    expect(await t.call('POST', '/api/auth/logout/', { token: me.access, body: { refresh: me.access } })).toMatchObject({ status: 400, json: { error: 'Token has wrong type' } });
    expect(await t.call('POST', '/api/auth/logout/', { token: me.access, body: { refresh: other.refresh } })).toMatchObject({ status: 400, json: { error: 'Token is invalid or expired' } });
    expect((await t.call('GET', '/api/auth/user/', { token: other.access })).status).toBe(200);
  });
});

describe('authentication of protected endpoints', () => {
  const notValid = (message: string) => ({
    detail: 'Given token not valid for any token type',
    code: 'token_not_valid',
    messages: [{ token_class: 'AccessToken', token_type: 'access', message }],
  });

  it.each([
    ['no header', {}, { detail: 'Authentication credentials were not provided.' }],
    ['another scheme', { Authorization: 'Token abc' }, { detail: 'Authentication credentials were not provided.' }],
    ['lowercase bearer', { Authorization: 'bearer abc' }, { detail: 'Authentication credentials were not provided.' }],
    ['Bearer alone', { Authorization: 'Bearer' }, { detail: 'Authorization header must contain two space-delimited values', code: 'bad_authorization_header' }],
    ['Bearer with two values', { Authorization: 'Bearer a b' }, { detail: 'Authorization header must contain two space-delimited values', code: 'bad_authorization_header' }],
    ['a malformed token', { Authorization: 'Bearer abc.def.ghi' }, notValid('Token is invalid or expired')],
  ])('%s gets 401 with the contract body and WWW-Authenticate', async (_name, headers, body) => {
    const res = await t.call('GET', '/api/auth/user/', { headers });
    expect(res.status).toBe(401);
    expect(res.json).toEqual(body);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="api"');
  });

  it('refuses forged, expired, wrong-type and user-less tokens', async () => {
    const { access, refresh } = await t.registerUser();
    const claims = jwtPayload(access);
    const now = Math.floor(Date.now() / 1000);
    const forged = await sign({ ...claims }, 'another-key-another-key-another-key', 'HS256');
    const expired = await sign({ ...claims, iat: now - 7200, exp: now - 3600 }, TEST_SIGNING_KEY, 'HS256');
    const noneAlg = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${access.split('.')[1]}.`;
    const noUser = await sign({ ...claims, user_id: undefined }, TEST_SIGNING_KEY, 'HS256');
    const ghost = await sign({ ...claims, user_id: 987654 }, TEST_SIGNING_KEY, 'HS256');
    const cases: Array<[string, unknown]> = [
      [forged, notValid('Token is invalid or expired')],
      [expired, notValid('Token is invalid or expired')],
      [noneAlg, notValid('Token is invalid or expired')],
      [refresh, notValid('Token has wrong type')],
      [noUser, { detail: 'Token contained no recognizable user identification', code: 'token_not_valid' }],
      [ghost, { detail: 'User not found', code: 'user_not_found' }],
    ];
    for (const [token, body] of cases) {
      const res = await t.call('GET', '/api/auth/user/', { token: token as string });
      expect(res.status).toBe(401);
      expect(res.json).toEqual(body);
    }
  });

  it('refuses an inactive user, and a token signed by us for a session that does not exist', async () => {
    const { access, user } = await t.registerUser();
    const sessionless = await sign({ ...jwtPayload(access), sid: 'made-up' }, TEST_SIGNING_KEY, 'HS256');
    expect((await t.call('GET', '/api/auth/user/', { token: sessionless })).json).toEqual(notValid('Token is invalid or expired'));
    await t.deps.auth.users.update(user.id, () => ({ is_active: false }));
    expect(await t.call('GET', '/api/auth/user/', { token: access })).toMatchObject({
      status: 401,
      json: { detail: 'User is inactive', code: 'user_inactive' },
    });
  });

  it('needs auth for GET /api/ and answers the discovery document', async () => {
    expect((await t.call('GET', '/api/')).status).toBe(401);
    const { access } = await t.registerUser();
    const res = await t.call('GET', '/api/', { token: access });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      message: 'Job Application Tracker API',
      version: '1.0.0',
      documentation: { swagger: '/api/docs/', redoc: '/api/redoc/', openapi_schema: '/api/schema/' },
      endpoints: { auth: '/api/auth/', applications: '/api/applications/', companies: '/api/companies/', analytics: '/api/analytics/' },
    });
  });
});

describe('/api/auth/user/', () => {
  it('PUT needs first and last name and keeps omitted fields', async () => {
    const { access } = await t.registerUser();
    expect(await t.call('PUT', '/api/auth/user/', { token: access, body: { phone: '123' } })).toMatchObject({
      status: 400,
      json: { first_name: ['This field is required.'], last_name: ['This field is required.'] },
    });
    const res = await t.call('PUT', '/api/auth/user/', {
      token: access,
      body: { first_name: 'Jo', last_name: 'Bloggs', phone: '555', linkedin_url: 'https://linkedin.com/in/jo', years_of_experience: '2.5', skills: ['Go', ' Rust '] },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ first_name: 'Jo', full_name: 'Jo Bloggs', phone: '555', years_of_experience: 2.5, skills: ['Go', 'Rust'] });
    const again = await t.call('PUT', '/api/auth/user/', { token: access, body: { first_name: 'Jo', last_name: 'Bloggs', bio: 'hi' } });
    expect(again.json).toMatchObject({ phone: '555', bio: 'hi' });
  });

  it('validates URLs, lengths and numbers, and refuses NaN', async () => {
    const { access } = await t.registerUser();
    const res = await t.call('PATCH', '/api/auth/user/', {
      token: access,
      body: { github_url: 'javascript:alert(1)', phone: '1'.repeat(21), years_of_experience: 'NaN', skills: 'Python' },
    });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({
      phone: ['Ensure this field has no more than 20 characters.'],
      github_url: ['Enter a valid URL.'],
      years_of_experience: ['A valid number is required.'],
      skills: ['Expected a list of items but got type "str".'],
    });
  });

  it('PATCH cannot change email or is_active (defect 14.18)', async () => {
    const { access, email } = await t.registerUser();
    const res = await t.call('PATCH', '/api/auth/user/', { token: access, body: { email: 'hijack@example.com', is_active: false, current_role: 'Dev' } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ email, is_active: true, current_role: 'Dev' });
  });

  it('accepts null and blank on nullable fields', async () => {
    const { access } = await t.registerUser();
    const res = await t.call('PATCH', '/api/auth/user/', { token: access, body: { phone: null, location: '', bio: null } });
    expect(res).toMatchObject({ status: 200, json: { phone: null, location: '', bio: null } });
  });
});

describe('POST /api/auth/change-password/', () => {
  it('reports the old password and the new-password rules together, then the confirmation', async () => {
    const { access } = await t.registerUser();
    expect(await t.call('POST', '/api/auth/change-password/', {
      token: access,
      body: { old_password: 'WrongOld123!', new_password: 'short', new_password_confirm: 'short' },
    })).toMatchObject({
      status: 400,
      json: {
        old_password: ['Old password is incorrect.'],
        new_password: ['This password is too short. It must contain at least 8 characters.'],
      },
    });
    expect(await t.call('POST', '/api/auth/change-password/', {
      token: access,
      body: { old_password: 'SecurePass123!', new_password: 'BrandNew456!', new_password_confirm: 'BrandNew789!' },
    })).toMatchObject({ status: 400, json: { new_password: ["New password fields didn't match."] } });
  });

  it('changes the password, keeps the caller signed in and signs out every other session', async () => {
    const { email, password } = await t.registerUser();
    const mine = (await t.login(email, password)).json;
    const other = (await t.login(email, password)).json;
    const res = await t.call('POST', '/api/auth/change-password/', {
      token: mine.access,
      body: { old_password: password, new_password: 'BrandNew456!', new_password_confirm: 'BrandNew456!' },
    });
    expect(res).toMatchObject({ status: 200, json: { message: 'Password changed successfully' } });
    expect((await t.call('GET', '/api/auth/user/', { token: mine.access })).status).toBe(200);
    expect((await t.call('GET', '/api/auth/user/', { token: other.access })).status).toBe(401);
    expect((await t.call('POST', '/api/auth/refresh/', { body: { refresh: other.refresh } })).status).toBe(401);
    expect((await t.login(email, password)).status).toBe(401);
    expect((await t.login(email, 'BrandNew456!')).status).toBe(200);
  });
});

describe('skills and stats', () => {
  it('adds, refuses duplicates, removes the first match, refuses unknown', async () => {
    const { access } = await t.registerUser();
    expect(await t.call('POST', '/api/auth/skills/add/', { token: access, body: { skill: ' Python ' } })).toMatchObject({
      status: 200,
      json: { message: 'Skill added successfully', skills: ['Python'] },
    });
    expect(await t.call('POST', '/api/auth/skills/add/', { token: access, body: { skill: 'Python' } })).toMatchObject({
      status: 400,
      json: { message: 'Skill already exists' },
    });
    expect((await t.call('POST', '/api/auth/skills/add/', { token: access, body: { skill: 'python' } })).status).toBe(200);
    expect(await t.call('POST', '/api/auth/skills/remove/', { token: access, body: { skill: 'Python' } })).toMatchObject({
      status: 200,
      json: { message: 'Skill removed successfully', skills: ['python'] },
    });
    expect(await t.call('POST', '/api/auth/skills/remove/', { token: access, body: { skill: 'Rust' } })).toMatchObject({
      status: 400,
      json: { message: 'Skill not found' },
    });
    expect(await t.call('POST', '/api/auth/skills/add/', { token: access, body: { skill: 'x'.repeat(101) } })).toMatchObject({
      status: 400,
      json: { skill: ['Ensure this field has no more than 100 characters.'] },
    });
  });

  it('keeps every skill when many are added at once (no lost update)', async () => {
    const { access } = await t.registerUser();
    const skills = Array.from({ length: 10 }, (_, i) => `Skill${i}`);
    await Promise.all(skills.map((skill) => t.call('POST', '/api/auth/skills/add/', { token: access, body: { skill } })));
    const me = await t.call('GET', '/api/auth/user/', { token: access });
    expect([...me.json.skills].sort()).toEqual([...skills].sort());
  });

  it('scores a new profile 33.33 and counts what is filled', async () => {
    const { access } = await t.registerUser();
    expect((await t.call('GET', '/api/auth/stats/', { token: access })).json).toEqual({
      total_applications: 0,
      status_breakdown: {},
      total_skills: 0,
      profile_completion: 33.33,
    });
    await t.call('PATCH', '/api/auth/user/', { token: access, body: { phone: '1', skills: ['Go'] } });
    expect((await t.call('GET', '/api/auth/stats/', { token: access })).json).toMatchObject({ total_skills: 1, profile_completion: 55.56 });
  });
});
