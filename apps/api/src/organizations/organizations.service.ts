import type { CreateOrganizationInput, OrganizationDto, Page, UpdateOrganizationInput } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth.tokens.js';
import type { OrganizationEntity } from './organization.entity.js';
import { OrganizationError } from './organizations.errors.js';
import { OrganizationsRepository } from './organizations.repository.js';

/** Municipalities, agencies and companies that post challenges; they outlive any single event. */
@Injectable()
export class OrganizationsService {
  constructor(
    private readonly organizations: OrganizationsRepository,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  async list(limit: number, offset: number): Promise<Page<OrganizationDto>> {
    const [rows, total] = await this.organizations.findPage(limit, offset);
    return { items: rows.map(toOrganizationDto), total, limit, offset };
  }

  async get(id: string): Promise<OrganizationDto> {
    const organization = await this.organizations.findById(id);
    if (!organization) throw notFound();
    return toOrganizationDto(organization);
  }

  /** The organizations with these ids that exist, for features that show an organization beside their own data. */
  async findMany(ids: string[]): Promise<OrganizationDto[]> {
    return (await this.organizations.findByIds(ids)).map(toOrganizationDto);
  }

  /** Admins and organizers of any event register organizations (typically before inviting their agency members). */
  async create(user: AuthUser, input: CreateOrganizationInput): Promise<OrganizationDto> {
    if (!user.isAdmin && !(await this.organizations.isOrganizerAnywhere(user.id))) {
      throw new OrganizationError(
        'FORBIDDEN',
        'Only platform administrators and event organizers can register organizations.',
      );
    }
    try {
      const organization = await this.dataSource.transaction(async (manager) => {
        if (await this.isNameTaken(manager, input.name)) throw nameTaken();
        const created = await this.organizations.insert(manager, {
          name: input.name,
          kind: input.kind,
          website: input.website ?? null,
        });
        await this.audit.record(manager, {
          eventId: null,
          actorId: user.id,
          action: 'organization.created',
          targetType: 'organization',
          targetId: created.id,
          details: { name: created.name, kind: created.kind },
        });
        return created;
      });
      return toOrganizationDto(organization);
    } catch (error) {
      if (isUniqueViolation(error)) throw nameTaken();
      throw error;
    }
  }

  /** Admins, and the organization's own agency members, keep its details (and logo) up to date. */
  async assertCanEdit(user: AuthUser, id: string): Promise<void> {
    const existing = await this.organizations.findById(id);
    if (!existing) throw notFound();
    if (!user.isAdmin && !(await this.organizations.isAgencyMember(user.id, id))) {
      throw new OrganizationError('FORBIDDEN', 'Only this organization’s own members and administrators can edit it.');
    }
  }

  async update(user: AuthUser, id: string, input: UpdateOrganizationInput): Promise<OrganizationDto> {
    await this.assertCanEdit(user, id);
    try {
      const organization = await this.dataSource.transaction(async (manager) => {
        if (input.name !== undefined && (await this.isNameTaken(manager, input.name, id))) {
          throw nameTaken();
        }
        const updated = await this.organizations.update(manager, id, input);
        await this.audit.record(manager, {
          eventId: null,
          actorId: user.id,
          action: 'organization.updated',
          targetType: 'organization',
          targetId: id,
          details: { changed: Object.keys(input) },
        });
        return updated;
      });
      return toOrganizationDto(organization);
    } catch (error) {
      if (isUniqueViolation(error)) throw nameTaken();
      throw error;
    }
  }

  /**
   * Names compare regardless of case ("Södertälje kommun" is "SÖDERTÄLJE KOMMUN"). Compared here
   * rather than with SQL LOWER(), which on SQLite leaves letters such as Ä and Ö alone.
   */
  private async isNameTaken(manager: EntityManager, name: string, exceptId: string | null = null): Promise<boolean> {
    const names = await this.organizations.allNames(manager);
    return names.some((other) => other.id !== exceptId && sameName.compare(other.name, name) === 0);
  }
}

const sameName = new Intl.Collator('sv', { sensitivity: 'accent' });

function toOrganizationDto(organization: OrganizationEntity): OrganizationDto {
  return {
    id: organization.id,
    name: organization.name,
    kind: organization.kind,
    website: organization.website,
  };
}

function notFound() {
  return new OrganizationError('ORGANIZATION_NOT_FOUND', 'There is no such organization.');
}

function nameTaken() {
  return new OrganizationError('NAME_TAKEN', 'An organization with this name already exists.', {
    name: 'is already taken',
  });
}

/** A concurrent insert of the same name slips past the check; the unique index still catches it. */
function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: string } | undefined)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
