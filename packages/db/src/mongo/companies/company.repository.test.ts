import { describeCompanyRepository } from '../../test-support/conformance/index.js';
import { openMingoStore } from '../../test-support/temp-mongo-store.js';

describeCompanyRepository('mongo over mingo', () => openMingoStore());
