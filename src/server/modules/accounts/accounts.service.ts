import type { Account, AccountDetail, AccountListQuery } from "../../../contract/accounts";
import { inScope } from "../../../domain/scope";
import { AppError } from "../../errors";
import type { AuthContext } from "../auth/auth.service";
import type { AccountRepository } from "./accounts.repository";

type AccountRow = NonNullable<Awaited<ReturnType<AccountRepository["find"]>>>;

function toAccount(row: AccountRow): Account {
  const { account } = row;
  return {
    ...account,
    ownerName: row.ownerName,
    openDeals: Number(row.openDeals),
    openAmount: Number(row.openAmount),
    updatedAt: account.updatedAt.toISOString(),
  };
}

export type AccountService = ReturnType<typeof createAccountService>;

export function createAccountService(deps: { accounts: AccountRepository }) {
  const { accounts } = deps;
  return {
    async list(caller: AuthContext, query: AccountListQuery) {
      const { items, total } = await accounts.list(query, caller.access.read);
      return { items: items.map(toAccount), total, limit: query.limit, offset: query.offset };
    },

    industries: (caller: AuthContext) => accounts.industries(caller.access.read),

    async get(caller: AuthContext, id: string): Promise<AccountDetail> {
      const row = await accounts.find(id, caller.access.read);
      if (!row || !inScope(caller.access.read, row.account)) throw new AppError("NOT_FOUND");
      const contacts = await accounts.contactsOf(id);
      return { ...toAccount(row), contacts };
    },
  };
}
