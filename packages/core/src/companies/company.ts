/** The company document as stored (contract section 2.4). */
export type ContactInfo = {
  recruiter_name?: string;
  recruiter_email?: string;
  recruiter_phone?: string;
  hr_contact?: string;
};

export type Company = {
  /** 24 lowercase hex characters (an ObjectId). */
  id: string;
  user_id: number;
  name: string;
  website?: string;
  industry?: string | null;
  size?: string;
  location?: string;
  logo_url?: string;
  description?: string;
  glassdoor_rating?: number | null;
  notes?: string;
  is_favorite?: boolean;
  tags?: string[];
  contact_info?: ContactInfo;
  created_at?: Date;
  updated_at?: Date;
};
