/** One company in the list: name (to its page), where and what it is, tags, rating, how many
 * applications name it, and its favorite, edit and delete controls. */
import { Link } from '@tanstack/react-router';
import { TagList } from '../../components/tag-list.js';
import type { Company } from './companies-queries.js';
import { FavoriteButton } from './favorite-button.js';

type Props = { company: Company; onEdit: (company: Company) => void; onDelete: (company: Company) => void };

export function CompanyCard({ company, onEdit, onDelete }: Props) {
  const count = company.application_count ?? 0;
  const rating = company.glassdoor_rating === null ? null : `Glassdoor\u00a0${formatRating(company.glassdoor_rating)}`;
  const facts = [company.industry, company.location, company.size, rating].filter(Boolean).join(' · ');
  return (
    <li className="card company-card">
      <div className="company-card-head">
        <h2 className="company-card-name">
          <Link to="/companies/$companyId" params={{ companyId: company.id }}>
            {company.name}
          </Link>
        </h2>
        <FavoriteButton company={company} />
      </div>
      <p className="muted small company-card-facts">{facts || 'No industry or location yet'}</p>
      {company.tags.length > 0 && (
        <TagList tags={company.tags} label="Tags" />
      )}
      <div className="company-card-foot">
        <span className="small">
          {count} {count === 1 ? 'application' : 'applications'}
        </span>
        <span className="spacer" />
        <button type="button" className="button-small button-ghost" onClick={() => onEdit(company)} aria-label={`Edit ${company.name}`}>
          Edit
        </button>
        <button type="button" className="button-small button-ghost company-delete-button" onClick={() => onDelete(company)} aria-label={`Delete ${company.name}`}>
          Delete
        </button>
      </div>
    </li>
  );
}

export function formatRating(rating: number): string {
  return `${rating.toLocaleString(undefined, { maximumFractionDigits: 1 })}\u00a0★`;
}
