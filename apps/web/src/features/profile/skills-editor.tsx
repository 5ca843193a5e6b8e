/** The profile's skills: add and remove one at a time (the contract's skill procedures). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/field.js';
import { errorText } from '../../lib/api-errors.js';
import { trpc, type Me } from '../../lib/trpc.js';
import { meQuery } from '../auth/index.js';

export function SkillsEditor({ me }: { me: Me }) {
  const queryClient = useQueryClient();
  const [skill, setSkill] = useState('');
  const setSkills = (skills: string[]) => queryClient.setQueryData(meQuery.queryKey, { ...me, skills });
  const add = useMutation({
    mutationFn: (name: string) => trpc.auth.addSkill.mutate({ skill: name }),
    onSuccess: (result) => {
      setSkills(result.skills);
      setSkill('');
    },
  });
  const remove = useMutation({
    mutationFn: (name: string) => trpc.auth.removeSkill.mutate({ skill: name }),
    onSuccess: (result) => setSkills(result.skills),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (skill.trim()) add.mutate(skill);
  };
  const error = add.error ?? remove.error;
  return (
    <section className="form-section" aria-labelledby="skills-heading">
      <h2 id="skills-heading">Skills</h2>
      {me.skills.length === 0 ? (
        <p className="muted">No skills yet. Add the ones you want to be hired for.</p>
      ) : (
        <ul className="tag-list">
          {me.skills.map((name) => (
            <li key={name} className="token">
              <span>{name}</span>
              <button type="button" className="token-remove" aria-label={`Remove skill ${name}`} onClick={() => remove.mutate(name)}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="row" onSubmit={submit} style={{ alignItems: 'end' }}>
        <TextField label="New skill" value={skill} onChange={(event) => setSkill(event.target.value)} error={error ? errorText(error) : undefined} className="spacer" />
        <button type="submit" disabled={add.isPending}>
          Add skill
        </button>
      </form>
    </section>
  );
}
