// walk.cpp: visits the simple commands of a tree in source order (for `set -h`).
#include "ast/ast.hpp"

namespace ipsh::ast {

namespace {

void walk_list(const List& l, const std::function<void(const SimpleCommand&)>& fn) {
    for (const ListItem& item : l.items) {
        for (const Pipeline& p : item.and_or.pipelines) {
            for (const Command& c : p.stages) for_each_simple_command(c, fn);
        }
    }
}

}  // namespace

void for_each_simple_command(const Command& cmd, const std::function<void(const SimpleCommand&)>& fn) {
    std::visit(overloaded{
                   [&](const SimpleCommand& c) { fn(c); },
                   [&](const Box<Subshell>& c) { walk_list(c->body, fn); },
                   [&](const Box<BraceGroup>& c) { walk_list(c->body, fn); },
                   [&](const Box<IfClause>& c) {
                       for (const List& l : c->conds) walk_list(l, fn);
                       for (const List& l : c->bodies) walk_list(l, fn);
                       if (c->else_body) walk_list(*c->else_body, fn);
                   },
                   [&](const Box<LoopClause>& c) {
                       walk_list(c->cond, fn);
                       walk_list(c->body, fn);
                   },
                   [&](const Box<ForClause>& c) { walk_list(c->body, fn); },
                   [&](const Box<CaseClause>& c) {
                       for (const CaseItem& i : c->items) walk_list(i.body, fn);
                   },
                   // A nested definition is defined (and its commands found) when it runs.
                   [&](const Box<FuncDef>&) {},
                   [&](const Box<ArithCommand>&) {},
                   [&](const Box<CondCommand>&) {},
               },
               cmd);
}

}  // namespace ipsh::ast
